// The job node goes last, once its journal is empty.
MATCH (j:ImportJob {id: $id})
WHERE NOT EXISTS { MATCH (:ImportUndo {importJob: $id}) }
DELETE j
RETURN count(*) AS deleted
