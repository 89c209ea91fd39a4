// Before a batch of MERGEs on project–theme links between stored nodes, in the same transaction: whether each
// existed and its properties, so an undo removes the new ones and restores the others exactly.
UNWIND $rows AS row
OPTIONAL MATCH (:Project {id: row.project})-[r:ADDRESSES]->(:Theme {id: row.theme})
WITH row, head(collect(r)) AS r
CREATE (u:ImportUndo)
SET u = CASE WHEN r IS NULL THEN {} ELSE properties(r) END,
    u.importJob = $job, u.importSeq = $seq, u.importKind = 'stored-project-themes',
    u.importFrom = row.project, u.importTo = row.theme, u.importExisted = r IS NOT NULL
