// Undoes one batch of a staged import's CREATEs of themes: the nodes go with their relationships.
// They are staged (:StagedTheme) until the import's last transaction; :Theme is matched too, for a
// journal written before staging labels existed.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
CALL (u) {
  UNWIND u.ids AS id
  MATCH (n:Theme|StagedTheme {id: id})
  DETACH DELETE n
}
DELETE u
