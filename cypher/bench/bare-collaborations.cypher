// bench:import's anchor: a bare UNWIND … MERGE of collaborations.
UNWIND $rows AS row
MATCH (a:Project {id: row.from})
MATCH (b:Project {id: row.to})
MERGE (a)-[r:COLLABORATES_WITH]->(b)
SET r.since = row.since, r.source = row.source
