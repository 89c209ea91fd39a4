// Before a sync removes a batch of Theme nodes, in the same transaction: each node's labels and
// properties, so an undo creates it again exactly (its relationships are journaled by
// snapshot-deleted-themes-links, one sequence number earlier, and restored after it).
UNWIND $ids AS id
MATCH (n:Theme {id: id})
CREATE (u:ImportUndo)
SET u = properties(n), u.importJob = $job, u.importSeq = $seq, u.importKind = 'deleted-nodes', u.importLabels = labels(n)
