// Networks stored from a moment on, within a report's scope: every network ($theme and $project
// null), those on one theme, or those sharing a theme with one network; oldest first, the first
// $limit of them with the count of all. Networks with a status in $hiddenStatuses are left out.
MATCH (p:Project)
WHERE p.addedAt >= datetime($since) AND NOT coalesce(p.status, '') IN $hiddenStatuses
  AND ($theme IS NULL OR EXISTS { (p)-[:ADDRESSES]->(:Theme {id: $theme}) })
  AND ($project IS NULL OR (p.id <> $project AND EXISTS { (p)-[:ADDRESSES]->(:Theme)<-[:ADDRESSES]-(:Project {id: $project}) }))
WITH p ORDER BY p.addedAt, p.id
WITH collect(p {.id, .name}) AS found
RETURN size(found) AS total, found[0..$limit] AS items
