// Undoes an import's aliases for ids that had a record already: each record as it was before.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
MATCH (n:MergedPartner {id: u.importKey})
SET n = properties(u)
REMOVE n.importJob, n.importSeq, n.importKind, n.importKey
DELETE u
