// Undoes one batch of a sync's removals of nodes: each is created again with its labels and
// properties (the uniqueness constraints are checked as it gets its label). Its relationships
// are restored next, by undo-deleted-relationships of the batch journaled just before.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
CREATE (n)
SET n = properties(u)
REMOVE n.importJob, n.importSeq, n.importKind, n.importLabels
SET n:$(u.importLabels)
DELETE u
