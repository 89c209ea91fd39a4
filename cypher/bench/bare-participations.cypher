// bench:import's anchor: a bare UNWIND … MERGE of participations.
UNWIND $rows AS row
MATCH (a:Partner {id: row.partner})
MATCH (p:Project {id: row.project})
MERGE (a)-[r:PARTICIPATES_IN]->(p)
SET r.role = row.role
