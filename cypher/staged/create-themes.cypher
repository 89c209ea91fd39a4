// Creates one batch of a staged import's new themes under a staging label (StagedTheme), which no
// reader matches: they appear only when reveal-created gives them their label in the import's
// last transaction (where the uniqueness constraint on :Theme(id) is checked).
UNWIND $rows AS row
CREATE (n:StagedTheme {id: row.id})
SET n += row.props
