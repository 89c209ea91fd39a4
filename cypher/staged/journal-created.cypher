// Before a batch of CREATEs, in the same transaction: the ids it creates, so an undo deletes them.
CREATE (:ImportUndo {importJob: $job, importSeq: $seq, importKind: $kind, ids: $ids})
