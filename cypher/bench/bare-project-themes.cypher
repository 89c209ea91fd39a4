// bench:import's anchor: a bare UNWIND … MERGE of project–theme links.
UNWIND $rows AS row
MATCH (p:Project {id: row.project})
MATCH (t:Theme {id: row.theme})
MERGE (p)-[r:ADDRESSES]->(t)
SET r.weight = row.weight
