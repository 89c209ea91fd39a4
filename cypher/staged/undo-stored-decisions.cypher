// Undoes a sync's marking of decisions as orphaned: each decision's properties as before.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
MATCH (d:Decision {pairKey: u.importKey})
SET d = properties(u)
REMOVE d.importJob, d.importSeq, d.importKind, d.importKey
DELETE u
