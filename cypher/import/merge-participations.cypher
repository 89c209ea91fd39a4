// Creates or updates one batch of participations (PARTICIPATES_IN with the partner's role);
// addedAt (when the partner joined, for a report's --since) is set once.
UNWIND $rows AS row
MATCH (a:Partner {id: row.partner})
MATCH (p:Project {id: row.project})
MERGE (a)-[r:PARTICIPATES_IN]->(p)
SET r += row.props, r.addedAt = coalesce(r.addedAt, datetime())
