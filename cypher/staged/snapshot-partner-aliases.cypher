// Before an import records aliases for ids that have a record already (an alias of a partner deleted
// since, merged anew), in the same transaction: each record as it is, so an undo restores it exactly.
UNWIND $ids AS id
MATCH (n:MergedPartner {id: id})
CREATE (u:ImportUndo)
SET u = properties(n), u.importJob = $job, u.importSeq = $seq, u.importKind = 'stored-partner-aliases', u.importKey = n.id
