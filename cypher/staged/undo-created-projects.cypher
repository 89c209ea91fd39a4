// Undoes one batch of a staged import's CREATEs of projects: the nodes go with their relationships.
// They are staged (:StagedProject) until the import's last transaction; :Project is matched too, for a
// journal written before staging labels existed.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
CALL (u) {
  UNWIND u.ids AS id
  MATCH (n:Project|StagedProject {id: id})
  DETACH DELETE n
}
DELETE u
