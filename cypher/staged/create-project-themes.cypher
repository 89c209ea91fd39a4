// Creates one batch of a staged import's project–theme links whose project or theme is new, so
// staged: the link hangs on a staged node and is seen with it, at reveal-created.
UNWIND $rows AS row
MATCH (p:Project|StagedProject {id: row.project})
MATCH (t:Theme|StagedTheme {id: row.theme})
CREATE (p)-[r:ADDRESSES]->(t)
SET r += row.props
