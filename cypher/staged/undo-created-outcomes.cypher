// Undoes one batch of a staged import's CREATEs of outcomes: the nodes go with their relationships.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
CALL (u) {
  UNWIND u.ids AS id
  MATCH (n:Outcome {id: id})
  DETACH DELETE n
}
DELETE u
