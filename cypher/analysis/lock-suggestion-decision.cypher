// The first step of deciding on a suggestion: finds the suggestion (of a complete run) and takes the
// write lock on its pair's Decision, made here when the pair has none yet (the unique pairKey makes
// concurrent first decisions meet on one node). The lock is held until the transaction ends, so
// every decision on the pair — its history and its collaboration — is written one after the other.
// The token is a new value every time: writing it always takes the lock.
MATCH (s:Suggestion {id: $id})
MATCH (:AnalysisRun {id: s.runId, status: 'complete'})
MERGE (d:Decision {pairKey: s.pairKey})
  ON CREATE SET d.a = s.a, d.b = s.b, d.version = 0
SET d.lockToken = $token
RETURN s {.id, .runId, .pairKey, .fingerprint, .score} AS suggestion
