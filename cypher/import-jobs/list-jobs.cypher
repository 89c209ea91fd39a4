// The imports Diagonal remembers, newest first: whether each can still be undone, who made it and
// what it changed.
MATCH (j:ImportJob)
RETURN j.id AS id, j.status AS status, j.mode AS mode, toString(j.startedAt) AS startedAt, toString(j.finishedAt) AS finishedAt,
       j.by AS by, j.files AS files, j.sync AS sync, j.summary AS summary, toString(j.undoneAt) AS undoneAt, j.undoneBy AS undoneBy,
       COUNT { (u:ImportUndo {importJob: j.id}) } AS journal
ORDER BY j.startedAt DESC, j.id DESC
LIMIT $limit
