// Removes up to $limit result nodes of an unfinished run (suggestions, opportunities); called until
// it removes none, then delete-run removes the run itself with its community memberships.
MATCH (n)-[:FROM_RUN]->(:AnalysisRun {id: $id, status: 'writing'})
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
