// Suggestions of one whole run, best first (rank 1 = best score), optionally diagonal only or
// touching one community, or with both networks of the given statuses. A pair with a decision is left out when it was accepted, or rejected
// with the same fingerprint (a rejected pair whose data changed shows again). Rows are walked in
// rank order through the (runId, rank) index, so decisions are looked up only for rows kept.
MATCH (s:Suggestion)
WHERE s.runId = $runId AND s.rank IS NOT NULL
  AND ($diagonalOnly = false OR s.diagonal = true)
  AND ($community IS NULL OR s.communityA = $community OR s.communityB = $community)
  AND ($statuses IS NULL OR EXISTS { MATCH (a:Project {id: s.a}), (b:Project {id: s.b}) WHERE a.status IN $statuses AND b.status IN $statuses })
WITH s ORDER BY s.rank ASC
WHERE NOT EXISTS {
  MATCH (d:Decision {pairKey: coalesce(s.pairKey, s.a + '|' + s.b)})
  WHERE d.decision = 'accepted' OR d.fingerprint = s.fingerprint
}
WITH s SKIP toInteger($offset) LIMIT toInteger($limit)
OPTIONAL MATCH (a:Project {id: s.a})
OPTIONAL MATCH (b:Project {id: s.b})
RETURN s {.*, pairKey: coalesce(s.pairKey, s.a + '|' + s.b), aName: a.name, bName: b.name, aStatus: a.status, bStatus: b.status, aStart: a.start, aEnd: a.end, bStart: b.start, bEnd: b.end,
  aNetwork: a {.status, .start, .startPrecision, .end, .endPrecision}, bNetwork: b {.status, .start, .startPrecision, .end, .endPrecision}} AS suggestion
ORDER BY s.rank ASC
