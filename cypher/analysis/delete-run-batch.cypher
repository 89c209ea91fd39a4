// Removes up to $limit result nodes of an unfinished run (suggestions, opportunities); called until
// it removes none, then delete-run removes the run itself with its community memberships.
MATCH (r:AnalysisRun {id: $id, status: 'writing'})
CALL (r) {
  MATCH (n:Suggestion) WHERE n.runId = r.id AND n.rank IS NOT NULL RETURN n
  UNION ALL
  MATCH (n:Opportunity {runId: r.id}) RETURN n
}
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
