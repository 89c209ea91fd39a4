// Decisions on pairs, newest first, filtered: by status (accepted, rejected, or open again after an
// undo), by a network of the pair, by who took the latest step, by period (from $since to $until).
// Each with both networks' names, its version and its full history (in order).
MATCH (d:Decision)
WHERE d.decidedAt IS NOT NULL
  AND ($decision IS NULL OR coalesce(d.decision, 'open') = $decision)
  AND ($project IS NULL OR d.a = $project OR d.b = $project)
  AND ($by IS NULL OR d.decidedBy = $by)
  AND ($since IS NULL OR d.decidedAt >= datetime($since))
  AND ($until IS NULL OR d.decidedAt <= datetime($until))
WITH d ORDER BY d.decidedAt DESC, d.pairKey
WITH collect(d) AS matched
RETURN size(matched) AS total,
       [d IN matched[$offset..($offset + $limit)] | d {.*, version: coalesce(d.version, COUNT { (d)-[:HAS_EVENT]->() }),
          aName: COLLECT { MATCH (a:Project {id: d.a}) RETURN a.name }[0], bName: COLLECT { MATCH (b:Project {id: d.b}) RETURN b.name }[0],
          history: COLLECT { MATCH (d)-[:HAS_EVENT]->(e) RETURN e {.*} ORDER BY coalesce(e.version, 0), e.at }}] AS items
