// Before a sync removes a batch of collaborations the file no longer lists, in the same
// transaction: each one's direction and properties, so an undo links the two projects again.
// Collaborations an accepted suggestion made are never removed (sync/delete-collaborations).
UNWIND $rows AS row
MATCH (a:Project {id: row.from})-[r:COLLABORATES_WITH]->(b:Project {id: row.to})
WHERE coalesce(r.source, '') <> 'suggestion'
CREATE (u:ImportUndo)
SET u = properties(r), u.importJob = $job, u.importSeq = $seq, u.importKind = 'deleted-relationships', u.importType = 'COLLABORATES_WITH',
    u.importFromLabel = 'Project', u.importFromKey = a.id, u.importToLabel = 'Project', u.importToKey = b.id
