// Creates one batch of collaborations where one of the two projects is new in this import.
UNWIND $rows AS row
MATCH (a:Project {id: row.from})
MATCH (b:Project {id: row.to})
CREATE (a)-[r:COLLABORATES_WITH]->(b)
SET r += row.props, r.addedAt = datetime()
