// Creates one batch of a staged import's new partners under a staging label (StagedPartner), which no
// reader matches: they appear only when reveal-created gives them their label in the import's
// last transaction (where the uniqueness constraint on :Partner(id) is checked).
UNWIND $rows AS row
CREATE (n:StagedPartner {id: row.id})
SET n += row.props
