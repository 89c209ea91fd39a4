// Creates or updates one batch of collaborations. A collaboration has no direction in meaning:
// an existing one in either direction is updated; a new one is stored in the direction given.
UNWIND $rows AS row
MATCH (a:Project {id: row.from})
MATCH (b:Project {id: row.to})
OPTIONAL MATCH (a)-[old:COLLABORATES_WITH]-(b)
WITH a, b, row, head(collect(old)) AS old
CALL (a, b, row, old) {
  WITH a, b, row, old WHERE old IS NULL
  CREATE (a)-[r:COLLABORATES_WITH]->(b)
  SET r += row.props, r.addedAt = datetime()
}
CALL (row, old) {
  WITH row, old WHERE old IS NOT NULL
  SET old += row.props
}
