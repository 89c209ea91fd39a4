// Undoes one batch of a staged import's MERGEs on collaborations: new ones removed, the others as before.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
OPTIONAL MATCH (:Project {id: u.importFrom})-[r:COLLABORATES_WITH]->(:Project {id: u.importTo})
WITH u, head(collect(r)) AS r
CALL (u, r) {
  WITH u, r WHERE r IS NOT NULL AND u.importExisted
  SET r = properties(u)
  REMOVE r.importJob, r.importSeq, r.importKind, r.importFrom, r.importTo, r.importExisted
}
CALL (u, r) {
  WITH u, r WHERE r IS NOT NULL AND NOT u.importExisted
  DELETE r
}
DELETE u
