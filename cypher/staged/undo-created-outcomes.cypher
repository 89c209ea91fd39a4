// Undoes one batch of a staged import's CREATEs of outcomes: the nodes go with their relationships.
// They are staged (:StagedOutcome) until the import's last transaction; :Outcome is matched too, for a
// journal written before staging labels existed.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
CALL (u) {
  UNWIND u.ids AS id
  MATCH (n:Outcome|StagedOutcome {id: id})
  DETACH DELETE n
}
DELETE u
