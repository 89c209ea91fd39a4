// Creates or updates one batch of participations (PARTICIPATES_IN with the partner's role).
UNWIND $rows AS row
MATCH (a:Partner {id: row.partner})
MATCH (p:Project {id: row.project})
MERGE (a)-[r:PARTICIPATES_IN]->(p)
SET r += row.props
