// Before a batch of MERGEs on collaborations between stored projects, in the same transaction:
// whether each existed (in either direction, as merge-collaborations finds it), in which direction
// and with which properties, so an undo removes the new ones and restores the others exactly.
UNWIND $rows AS row
OPTIONAL MATCH (:Project {id: row.from})-[r:COLLABORATES_WITH]-(:Project {id: row.to})
WITH row, head(collect(r)) AS r
CREATE (u:ImportUndo)
SET u = CASE WHEN r IS NULL THEN {} ELSE properties(r) END,
    u.importJob = $job, u.importSeq = $seq, u.importKind = 'stored-collaborations',
    u.importFrom = CASE WHEN r IS NULL THEN row.from ELSE startNode(r).id END,
    u.importTo = CASE WHEN r IS NULL THEN row.to ELSE endNode(r).id END,
    u.importExisted = r IS NOT NULL
