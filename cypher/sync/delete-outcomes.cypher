// Sync: removes Outcome nodes that the file no longer lists, with their relationships. Decisions,
// tokens and analysis runs are other labels and are never touched.
UNWIND $ids AS id
MATCH (n:Outcome {id: id})
DETACH DELETE n
