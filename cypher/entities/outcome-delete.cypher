// Deletes an outcome and its relationships.
MATCH (o:Outcome {id: $id})
DETACH DELETE o
RETURN count(*) AS deleted
