// The first step of deciding on a suggestion: finds the suggestion (of a complete run; by its
// stored id, or by the (runId, a, b) its id names — see get-suggestion) and takes the write lock on
// its pair's Decision, made here when the pair has none yet (the unique pairKey makes concurrent
// first decisions meet on one node). The lock is held until the transaction ends, so every
// decision on the pair — its history and its collaboration — is written one after the other.
// The token is a new value every time: writing it always takes the lock.
CALL () {
  MATCH (s:Suggestion {id: $id}) RETURN s
  UNION
  UNWIND $parts AS p
  MATCH (s:Suggestion) WHERE s.runId = p.runId AND s.a = p.a AND s.b = p.b AND s.id IS NULL
  RETURN s
}
WITH s LIMIT 1
MATCH (:AnalysisRun {id: s.runId, status: 'complete'})
MERGE (d:Decision {pairKey: coalesce(s.pairKey, s.a + '|' + s.b)})
  ON CREATE SET d.a = s.a, d.b = s.b, d.version = 0
SET d.lockToken = $token
RETURN s {id: $id, .runId, pairKey: coalesce(s.pairKey, s.a + '|' + s.b), .fingerprint, .score} AS suggestion
