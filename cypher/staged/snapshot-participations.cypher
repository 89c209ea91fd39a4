// Before a batch of MERGEs on participations between stored nodes, in the same transaction: whether each
// existed and its properties, so an undo removes the new ones and restores the others exactly.
UNWIND $rows AS row
OPTIONAL MATCH (:Partner {id: row.partner})-[r:PARTICIPATES_IN]->(:Project {id: row.project})
WITH row, head(collect(r)) AS r
CREATE (u:ImportUndo)
SET u = CASE WHEN r IS NULL THEN {} ELSE properties(r) END,
    u.importJob = $job, u.importSeq = $seq, u.importKind = 'stored-participations',
    u.importFrom = row.partner, u.importTo = row.project, u.importExisted = r IS NOT NULL
