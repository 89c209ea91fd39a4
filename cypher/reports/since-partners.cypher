// Partners who joined a network from a moment on (participations stored since then), within a
// report's scope: every network, the networks on one theme, or one network; oldest first, the
// first $limit with the count of all. Not those who joined a network with a status in $hiddenStatuses.
MATCH (pa:Partner)-[r:PARTICIPATES_IN]->(p:Project)
WHERE r.addedAt >= datetime($since) AND NOT coalesce(p.status, '') IN $hiddenStatuses
  AND ($theme IS NULL OR EXISTS { (p)-[:ADDRESSES]->(:Theme {id: $theme}) })
  AND ($project IS NULL OR p.id = $project)
WITH pa, p ORDER BY r.addedAt, pa.id, p.id
WITH collect({name: pa.name, network: p.name}) AS found
RETURN size(found) AS total, found[0..$limit] AS items
