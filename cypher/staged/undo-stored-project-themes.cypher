// Undoes one batch of a staged import's MERGEs on project–theme links: new ones removed, the others as before.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
OPTIONAL MATCH (:Project {id: u.importFrom})-[r:ADDRESSES]->(:Theme {id: u.importTo})
CALL (u, r) {
  WITH u, r WHERE r IS NOT NULL AND u.importExisted
  SET r = properties(u)
  REMOVE r.importJob, r.importSeq, r.importKind, r.importFrom, r.importTo, r.importExisted
}
CALL (u, r) {
  WITH u, r WHERE r IS NOT NULL AND NOT u.importExisted
  DELETE r
}
WITH DISTINCT u
DELETE u
