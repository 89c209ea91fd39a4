// Sync: removes Theme nodes that the file no longer lists, with their relationships. Decisions,
// tokens and analysis runs are other labels and are never touched.
UNWIND $ids AS id
MATCH (n:Theme {id: id})
DETACH DELETE n
