// How many of the relationships an import writes already exist (for the created/updated counts).
CALL () {
  UNWIND $projectThemes AS row
  MATCH (:Project {id: row.project})-[r:ADDRESSES]->(:Theme {id: row.theme})
  RETURN count(r) AS projectThemes
}
CALL () {
  UNWIND $participations AS row
  MATCH (:Partner {id: row.partner})-[r:PARTICIPATES_IN]->(:Project {id: row.project})
  RETURN count(r) AS participations
}
CALL () {
  UNWIND $collaborations AS row
  MATCH (:Project {id: row.from})-[r:COLLABORATES_WITH]-(:Project {id: row.to})
  RETURN count(r) AS collaborations
}
RETURN projectThemes, participations, collaborations
