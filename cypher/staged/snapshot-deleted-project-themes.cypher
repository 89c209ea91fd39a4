// Before a sync removes a batch of project–theme links the file no longer lists, in the same
// transaction: each one's properties, so an undo links the project to the theme again.
UNWIND $rows AS row
MATCH (a:Project {id: row.project})-[r:ADDRESSES]->(b:Theme {id: row.theme})
CREATE (u:ImportUndo)
SET u = properties(r), u.importJob = $job, u.importSeq = $seq, u.importKind = 'deleted-relationships', u.importType = 'ADDRESSES',
    u.importFromLabel = 'Project', u.importFromKey = a.id, u.importToLabel = 'Theme', u.importToKey = b.id
