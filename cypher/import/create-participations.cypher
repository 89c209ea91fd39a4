// Creates one batch of participations whose partner or project is new in this import; addedAt
// (when the partner joined, as far as Diagonal knows) is what a report's --since counts.
UNWIND $rows AS row
MATCH (a:Partner {id: row.partner})
MATCH (p:Project {id: row.project})
CREATE (a)-[r:PARTICIPATES_IN]->(p)
SET r += row.props, r.addedAt = datetime()
