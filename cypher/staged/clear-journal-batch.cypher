// Removes up to $limit journal entries of a committed (or fully undone) import.
MATCH (u:ImportUndo {importJob: $id})
WITH u LIMIT $limit
DELETE u
RETURN count(*) AS deleted
