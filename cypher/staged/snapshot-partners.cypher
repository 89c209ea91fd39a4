// Before a batch of MERGEs on stored partners, in the same transaction: each node's properties as they
// are, so an undo restores them exactly.
UNWIND $ids AS id
MATCH (n:Partner {id: id})
CREATE (u:ImportUndo)
SET u = properties(n), u.importJob = $job, u.importSeq = $seq, u.importKind = 'stored-partners', u.importKey = n.id
