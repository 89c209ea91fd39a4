// Records a decision on a suggested pair: the Decision (one per pair) holds the latest word, and
// every decision is appended as a DecisionEvent (who, when, note) — a new decision never
// overwrites an earlier note. Accepting links the two projects with COLLABORATES_WITH unless they
// already collaborate, and remembers that it made the link; rejecting an accepted pair removes the
// link that accepting made (never one that came from data). Only suggestions of complete runs can
// be decided on.
MATCH (s:Suggestion {id: $id})
MATCH (:AnalysisRun {id: s.runId, status: 'complete'})
MATCH (a:Project {id: s.a})
MATCH (b:Project {id: s.b})
MERGE (d:Decision {pairKey: s.pairKey})
WITH s, a, b, d, d.decision AS previous, coalesce(d.madeCollaboration, false) AS made
SET d.a = s.a, d.b = s.b, d.decision = $decision, d.note = $note, d.decidedAt = datetime(), d.decidedBy = $by,
    d.fingerprint = s.fingerprint, d.suggestionId = s.id, d.runId = s.runId
CREATE (d)-[:HAS_EVENT]->(:DecisionEvent {pairKey: s.pairKey, decision: $decision, note: $note, by: $by, at: datetime(),
  previous: previous, suggestionId: s.id, runId: s.runId, score: s.score})
WITH d, a, b, made
CALL (d, a, b, made) {
  WITH * WHERE d.decision = 'accepted' AND NOT EXISTS { (a)-[:COLLABORATES_WITH]-(b) }
  CREATE (a)-[:COLLABORATES_WITH {since: date(), source: 'suggestion', addedAt: datetime()}]->(b)
  SET d.madeCollaboration = true
}
CALL (d, a, b, made) {
  WITH * WHERE d.decision = 'rejected' AND made
  OPTIONAL MATCH (a)-[r:COLLABORATES_WITH {source: 'suggestion'}]-(b)
  DELETE r
  SET d.madeCollaboration = false
}
RETURN d {.*, history: COLLECT { MATCH (d)-[:HAS_EVENT]->(e) RETURN e {.*} ORDER BY e.at }} AS decision
