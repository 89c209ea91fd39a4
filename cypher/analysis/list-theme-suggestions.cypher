// Suggestions of one run where at least one of the two projects addresses a theme, best first:
// from the theme to its projects, then index seeks on (runId, a) and (runId, b) per project, so
// the cost follows the theme's projects and not the size of the run.
MATCH (p:Project)-[:ADDRESSES]->(:Theme {id: $theme})
CALL (p) {
  MATCH (s:Suggestion) WHERE s.runId = $runId AND s.a = p.id RETURN s
  UNION ALL
  MATCH (s:Suggestion) WHERE s.runId = $runId AND s.b = p.id RETURN s
}
WITH DISTINCT s
WHERE ($diagonalOnly = false OR s.diagonal = true)
  AND ($community IS NULL OR s.communityA = $community OR s.communityB = $community)
  AND ($status IS NULL OR EXISTS { MATCH (p:Project) WHERE p.id IN [s.a, s.b] AND p.status = $status })
  AND NOT EXISTS {
    MATCH (d:Decision {pairKey: s.pairKey})
    WHERE d.decision = 'accepted' OR d.fingerprint = s.fingerprint
  }
WITH s ORDER BY s.rank ASC SKIP toInteger($offset) LIMIT toInteger($limit)
OPTIONAL MATCH (a:Project {id: s.a})
OPTIONAL MATCH (b:Project {id: s.b})
RETURN s {.*, aName: a.name, bName: b.name, aStatus: a.status, bStatus: b.status, aStart: a.start, aEnd: a.end, bStart: b.start, bEnd: b.end} AS suggestion
ORDER BY s.rank ASC
