// Undoes an import's aliases for ids that had no record: the records it made go.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
CALL (u) {
  UNWIND u.ids AS id
  MATCH (a:MergedPartner {id: id})
  WHERE a.mergeImport = $job
  DETACH DELETE a
}
DELETE u
