// The run's suggestions as the export's SUGGESTED edges, in rank order, with the decision on the
// pair if one was taken: only what the edge carries (no signals, evidence or names).
MATCH (s:Suggestion)
WHERE s.runId = $runId AND s.rank IS NOT NULL
OPTIONAL MATCH (d:Decision {pairKey: s.pairKey})
RETURN s.id AS id, s.a AS a, s.b AS b, s.rank AS rank, s.score AS score, s.diagonal AS diagonal,
       s.reasonsNl AS reasonsNl, s.reasonsEn AS reasonsEn, d.decision AS decision
ORDER BY s.rank
