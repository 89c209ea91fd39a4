// Before a sync marks the decisions about the projects it removes as orphaned, in the same
// transaction: each decision's properties, so an undo restores them exactly.
MATCH (d:Decision)
WHERE d.a IN $ids OR d.b IN $ids
CREATE (u:ImportUndo)
SET u = properties(d), u.importJob = $job, u.importSeq = $seq, u.importKind = 'stored-decisions', u.importKey = d.pairKey
