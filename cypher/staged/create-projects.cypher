// Creates one batch of a staged import's new projects under a staging label (StagedProject), which no
// reader matches: they appear only when reveal-created gives them their label in the import's
// last transaction (where the uniqueness constraint on :Project(id) is checked).
UNWIND $rows AS row
CREATE (n:StagedProject {id: row.id})
SET n += row.props, n.addedAt = datetime()
