// Undoes one batch of a staged import's MERGEs on stored themes: their properties as before.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
MATCH (n:Theme {id: u.importKey})
SET n = properties(u)
REMOVE n.importJob, n.importSeq, n.importKind, n.importKey
DELETE u
