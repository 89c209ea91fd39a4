// Creates one batch of a staged import's participations whose partner or project is new, so
// staged: the link hangs on a staged node and is seen with it, at reveal-created.
UNWIND $rows AS row
MATCH (a:Partner|StagedPartner {id: row.partner})
MATCH (p:Project|StagedProject {id: row.project})
CREATE (a)-[r:PARTICIPATES_IN]->(p)
SET r += row.props, r.addedAt = datetime()
