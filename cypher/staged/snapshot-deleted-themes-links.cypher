// Before a sync removes a batch of Theme nodes, in the same transaction: every relationship they
// have (each once, also between two of them), with its type, properties and the two endpoints by
// label and id, so an undo links the restored nodes exactly as they were.
UNWIND $ids AS id
MATCH (:Theme {id: id})-[r]-()
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
CREATE (u:ImportUndo)
SET u = properties(r), u.importJob = $job, u.importSeq = $seq, u.importKind = 'deleted-relationships', u.importType = type(r),
    u.importFromLabel = [l IN labels(a) WHERE l IN ['Project', 'Theme', 'Partner', 'Outcome', 'AnalysisRun']][0], u.importFromKey = a.id,
    u.importToLabel = [l IN labels(b) WHERE l IN ['Project', 'Theme', 'Partner', 'Outcome', 'AnalysisRun']][0], u.importToKey = b.id
