// Suggestions of one run, best first, filtered. A pair with a decision is left out when it was
// accepted, or rejected with the same fingerprint (a rejected pair whose data changed shows again).
MATCH (s:Suggestion {runId: $runId})
WHERE ($project IS NULL OR s.a = $project OR s.b = $project)
  AND ($diagonalOnly = false OR s.diagonal = true)
  AND ($community IS NULL OR s.communityA = $community OR s.communityB = $community)
  AND ($theme IS NULL OR EXISTS { (s)-[:SUGGESTS]->(:Project)-[:ADDRESSES]->(:Theme {id: $theme}) })
  AND NOT EXISTS {
    MATCH (d:Decision {pairKey: s.pairKey})
    WHERE d.decision = 'accepted' OR d.fingerprint = s.fingerprint
  }
OPTIONAL MATCH (a:Project {id: s.a})
OPTIONAL MATCH (b:Project {id: s.b})
RETURN s {.*, aName: a.name, bName: b.name} AS suggestion
ORDER BY s.score DESC, s.rank ASC
SKIP toInteger($offset)
LIMIT toInteger($limit)
