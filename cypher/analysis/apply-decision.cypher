// The second step of a decision, in the transaction holding the pair's lock: the Decision takes its
// new state ($decision: accepted, rejected, or null = open again after an undo) and version, the
// step is appended as a DecisionEvent (never overwriting one), an undone event is marked, and the
// collaboration follows the state: accepted links the two networks unless they already collaborate
// (and remembers it made the link); any other state removes the link accepting made — never one that
// came from data.
MATCH (d:Decision {pairKey: $pairKey})
OPTIONAL MATCH (a:Project {id: d.a})
OPTIONAL MATCH (b:Project {id: d.b})
WITH d, a, b, coalesce(d.madeCollaboration, false) AS made, datetime.realtime() AS now
SET d.decision = $decision, d.note = $note, d.decidedAt = now, d.decidedBy = $by, d.version = $version,
    d.fingerprint = CASE WHEN $decision IS NULL THEN null ELSE coalesce($fingerprint, d.fingerprint) END,
    d.suggestionId = coalesce($suggestionId, d.suggestionId), d.runId = coalesce($runId, d.runId)
REMOVE d.lockToken
CREATE (d)-[:HAS_EVENT]->(:DecisionEvent {pairKey: d.pairKey, action: $action, decision: coalesce($decision, 'open'), previous: $previous,
  note: $note, by: $by, at: now, version: $version, undoes: $undoesVersion, suggestionId: d.suggestionId, runId: d.runId, score: $score})
WITH d, a, b, made, now
CALL (d, now) {
  MATCH (d)-[:HAS_EVENT]->(u:DecisionEvent)
  WHERE $undoes IS NOT NULL AND elementId(u) = $undoes
  SET u.undoneAt = now, u.undoneBy = $by
}
CALL (d, a, b) {
  WITH * WHERE $decision = 'accepted' AND a IS NOT NULL AND b IS NOT NULL AND NOT EXISTS { (a)-[:COLLABORATES_WITH]-(b) }
  CREATE (a)-[:COLLABORATES_WITH {since: date(), source: 'suggestion', addedAt: datetime()}]->(b)
  SET d.madeCollaboration = true
}
CALL (d, a, b, made) {
  WITH * WHERE coalesce($decision, 'open') <> 'accepted' AND made
  OPTIONAL MATCH (a)-[r:COLLABORATES_WITH {source: 'suggestion'}]-(b)
  DELETE r
  SET d.madeCollaboration = false
}
RETURN d {.*, aName: a.name, bName: b.name,
          history: COLLECT { MATCH (d)-[:HAS_EVENT]->(e) RETURN e {.*} ORDER BY coalesce(e.version, 0), e.at }} AS decision
