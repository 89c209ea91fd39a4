// The run's suggestions as the graph export's SUGGESTED edges, in rank order, with the decision on
// the pair if one was taken: only what the edge carries (no signals, evidence or names), the
// reasons already joined with "; " (one string each instead of a list to decode).
MATCH (s:Suggestion)
WHERE s.runId = $runId AND s.rank IS NOT NULL
OPTIONAL MATCH (d:Decision {pairKey: s.pairKey})
RETURN s.id AS id, 'project:' + s.a AS source, 'project:' + s.b AS target, s.rank AS rank, s.score AS score, s.diagonal AS diagonal,
       reduce(t = null, r IN coalesce(s.reasonsNl, []) | CASE WHEN t IS NULL THEN r ELSE t + '; ' + r END) AS reasonsNl,
       reduce(t = null, r IN coalesce(s.reasonsEn, []) | CASE WHEN t IS NULL THEN r ELSE t + '; ' + r END) AS reasonsEn,
       coalesce(d.decision, 'open') AS decision
ORDER BY s.rank
