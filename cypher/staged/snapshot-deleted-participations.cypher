// Before a sync removes a batch of participations the file no longer lists, in the same
// transaction: each one's properties, so an undo links the partner to the project again.
UNWIND $rows AS row
MATCH (a:Partner {id: row.partner})-[r:PARTICIPATES_IN]->(b:Project {id: row.project})
CREATE (u:ImportUndo)
SET u = properties(r), u.importJob = $job, u.importSeq = $seq, u.importKind = 'deleted-relationships', u.importType = 'PARTICIPATES_IN',
    u.importFromLabel = 'Partner', u.importFromKey = a.id, u.importToLabel = 'Project', u.importToKey = b.id
