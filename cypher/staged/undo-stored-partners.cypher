// Undoes one batch of a staged import's MERGEs on stored partners: their properties as before.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
MATCH (n:Partner {id: u.importKey})
SET n = properties(u)
REMOVE n.importJob, n.importSeq, n.importKind, n.importKey
DELETE u
