// Suggestions of a run whose pair the base run did not suggest (every one when there is no base
// run), within a report's scope: all, those touching a network on one theme, or those of one
// network; best first, the first $limit with the count of all. Not those touching a network with a
// status in $hiddenStatuses. Reasons: in `details` (JSON), or as lists on runs stored before.
MATCH (s:Suggestion)
WHERE s.runId = $runId AND s.rank IS NOT NULL
  AND ($project IS NULL OR $project IN [s.a, s.b])
  AND NOT EXISTS { MATCH (p:Project) WHERE p.id IN [s.a, s.b] AND coalesce(p.status, '') IN $hiddenStatuses }
  AND ($theme IS NULL OR EXISTS { MATCH (p:Project)-[:ADDRESSES]->(:Theme {id: $theme}) WHERE p.id IN [s.a, s.b] })
  AND ($baseRunId IS NULL OR NOT EXISTS { MATCH (old:Suggestion) WHERE old.runId = $baseRunId AND old.a IN [s.a, s.b] AND coalesce(old.pairKey, old.a + '|' + old.b) = coalesce(s.pairKey, s.a + '|' + s.b) })
WITH s ORDER BY s.rank
WITH collect(s {.a, .b, .details, .reasonsNl, .reasonsEn}) AS found
RETURN size(found) AS total, found[0..$limit] AS items
