// Decisions on pairs, newest first, filtered: by decision, by a project of the pair, by who took
// the latest one, since a moment. Each with its full history (oldest first).
MATCH (d:Decision)
WHERE ($decision IS NULL OR d.decision = $decision)
  AND ($project IS NULL OR d.a = $project OR d.b = $project)
  AND ($by IS NULL OR d.decidedBy = $by)
  AND ($since IS NULL OR d.decidedAt >= datetime($since))
WITH d ORDER BY d.decidedAt DESC, d.pairKey
WITH collect(d) AS matched
RETURN size(matched) AS total,
       [d IN matched[$offset..($offset + $limit)] | d {.*, history: COLLECT { MATCH (d)-[:HAS_EVENT]->(e) RETURN e {.*} ORDER BY e.at }}] AS items
