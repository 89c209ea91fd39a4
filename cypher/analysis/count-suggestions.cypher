// How many suggestions of a run a list query holds in all (the inbox's total): the same filters as
// list-suggestions, list-project-suggestions and list-theme-suggestions, through the same index
// paths — (runId, rank) for the whole run, (runId, a) and (runId, b) for a project or a theme's
// projects. Decided pairs are left out as the lists leave them out.
CALL () {
  MATCH (s:Suggestion) WHERE $project IS NULL AND $theme IS NULL AND s.runId = $runId AND s.rank IS NOT NULL RETURN s
  UNION
  MATCH (s:Suggestion) WHERE $project IS NOT NULL AND s.runId = $runId AND s.a = $project RETURN s
  UNION
  MATCH (s:Suggestion) WHERE $project IS NOT NULL AND s.runId = $runId AND s.b = $project RETURN s
  UNION
  MATCH (p:Project)-[:ADDRESSES]->(:Theme {id: $theme}) WHERE $project IS NULL
  MATCH (s:Suggestion) WHERE s.runId = $runId AND s.a = p.id RETURN s
  UNION
  MATCH (p:Project)-[:ADDRESSES]->(:Theme {id: $theme}) WHERE $project IS NULL
  MATCH (s:Suggestion) WHERE s.runId = $runId AND s.b = p.id RETURN s
}
WITH s
WHERE s.rank IS NOT NULL
  AND ($diagonalOnly = false OR s.diagonal = true)
  AND ($community IS NULL OR s.communityA = $community OR s.communityB = $community)
  AND ($statuses IS NULL OR EXISTS { MATCH (a:Project {id: s.a}), (b:Project {id: s.b}) WHERE a.status IN $statuses AND b.status IN $statuses })
  AND ($theme IS NULL OR EXISTS { MATCH (p:Project)-[:ADDRESSES]->(:Theme {id: $theme}) WHERE p.id IN [s.a, s.b] })
  AND NOT EXISTS {
    MATCH (d:Decision {pairKey: coalesce(s.pairKey, s.a + '|' + s.b)})
    WHERE d.decision = 'accepted' OR d.fingerprint = s.fingerprint
  }
RETURN count(s) AS total
