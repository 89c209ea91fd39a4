// The journal of one staged import: each written batch's sequence number and kind, newest first
// (the order in which they are undone).
MATCH (u:ImportUndo {importJob: $id})
RETURN DISTINCT u.importSeq AS seq, u.importKind AS kind
ORDER BY seq DESC
