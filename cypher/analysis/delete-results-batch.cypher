// Removes up to $limit suggestions or opportunities of a run that is being deleted; called until
// it removes none. Small batches: each is its own transaction within the everyday server's
// transaction memory (20,000 at once ran out of it on a 512 MB heap).
CALL () {
  MATCH (n:Suggestion) WHERE n.runId = $id AND n.rank IS NOT NULL RETURN n
  UNION ALL
  MATCH (n:Opportunity {runId: $id}) RETURN n
}
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
