// Decisions on suggested pairs taken from a moment on (the latest word on each pair), within a
// report's scope: all, pairs touching a network on one theme, or pairs of one network; oldest
// first, the first $limit with the count of all. Not those touching a network with a status in
// $hiddenStatuses.
MATCH (d:Decision)
WHERE d.decidedAt >= datetime($since) AND d.decision IS NOT NULL
  AND ($project IS NULL OR $project IN [d.a, d.b])
  AND NOT EXISTS { MATCH (p:Project) WHERE p.id IN [d.a, d.b] AND coalesce(p.status, '') IN $hiddenStatuses }
  AND ($theme IS NULL OR EXISTS { MATCH (p:Project)-[:ADDRESSES]->(:Theme {id: $theme}) WHERE p.id IN [d.a, d.b] })
WITH d ORDER BY d.decidedAt, d.pairKey
WITH collect(d {.a, .b, .decision, decidedAt: toString(d.decidedAt)}) AS found
RETURN size(found) AS total, found[0..$limit] AS items
