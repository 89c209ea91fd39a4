// Undoes one batch of a staged import's CREATEs of partners: the nodes go with their relationships.
// They are staged (:StagedPartner) until the import's last transaction; :Partner is matched too, for a
// journal written before staging labels existed.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
CALL (u) {
  UNWIND u.ids AS id
  MATCH (n:Partner|StagedPartner {id: id})
  DETACH DELETE n
}
DELETE u
