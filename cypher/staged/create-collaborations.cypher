// Creates one batch of a staged import's collaborations where one of the two projects is new, so
// staged: the link hangs on a staged node and is seen with it, at reveal-created.
UNWIND $rows AS row
MATCH (a:Project|StagedProject {id: row.from})
MATCH (b:Project|StagedProject {id: row.to})
CREATE (a)-[r:COLLABORATES_WITH]->(b)
SET r += row.props, r.addedAt = datetime()
