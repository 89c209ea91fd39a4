// Records the decision on a suggested pair (one Decision per pair, the latest wins). Accepting
// links the two projects with COLLABORATES_WITH unless they already collaborate. Only suggestions
// of complete runs can be decided on.
MATCH (s:Suggestion {id: $id})
MATCH (:AnalysisRun {id: s.runId, status: 'complete'})
MATCH (a:Project {id: s.a})
MATCH (b:Project {id: s.b})
MERGE (d:Decision {pairKey: s.pairKey})
SET d.a = s.a, d.b = s.b, d.decision = $decision, d.note = $note, d.decidedAt = datetime(),
    d.fingerprint = s.fingerprint, d.suggestionId = s.id, d.runId = s.runId
WITH d, a, b
CALL (d, a, b) {
  WITH * WHERE d.decision = 'accepted' AND NOT EXISTS { (a)-[:COLLABORATES_WITH]-(b) }
  CREATE (a)-[:COLLABORATES_WITH {since: date(), source: 'suggestion', addedAt: datetime()}]->(b)
}
RETURN d {.*} AS decision
