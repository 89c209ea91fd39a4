// Before a batch of MERGEs on stored themes, in the same transaction: each node's properties as they
// are, so an undo restores them exactly.
UNWIND $ids AS id
MATCH (n:Theme {id: id})
CREATE (u:ImportUndo)
SET u = properties(n), u.importJob = $job, u.importSeq = $seq, u.importKind = 'stored-themes', u.importKey = n.id
