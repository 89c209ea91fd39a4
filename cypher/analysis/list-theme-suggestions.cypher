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
  AND ($statuses IS NULL OR EXISTS { MATCH (a:Project {id: s.a}), (b:Project {id: s.b}) WHERE a.status IN $statuses AND b.status IN $statuses })
  AND NOT EXISTS {
    MATCH (d:Decision {pairKey: coalesce(s.pairKey, s.a + '|' + s.b)})
    WHERE d.decision = 'accepted' OR d.fingerprint = s.fingerprint
  }
WITH s ORDER BY s.rank ASC SKIP toInteger($offset) LIMIT toInteger($limit)
OPTIONAL MATCH (a:Project {id: s.a})
OPTIONAL MATCH (b:Project {id: s.b})
RETURN s {.*, pairKey: coalesce(s.pairKey, s.a + '|' + s.b), aName: a.name, bName: b.name, aStatus: a.status, bStatus: b.status, aStart: a.start, aEnd: a.end, bStart: b.start, bEnd: b.end,
  aNetwork: a {.status, .start, .startPrecision, .end, .endPrecision}, bNetwork: b {.status, .start, .startPrecision, .end, .endPrecision}} AS suggestion
ORDER BY s.rank ASC
