// Before a batch of MERGEs on stored projects, in the same transaction: each node's properties as they
// are, so an undo restores them exactly.
UNWIND $ids AS id
MATCH (n:Project {id: id})
CREATE (u:ImportUndo)
SET u = properties(n), u.importJob = $job, u.importSeq = $seq, u.importKind = 'stored-projects', u.importKey = n.id
