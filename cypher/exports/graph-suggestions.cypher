// The run's suggestions as the graph export's SUGGESTED edges, one record per network that the
// run's suggestions name first (index seeks on runId and a), each suggestion a list [id, source,
// target, rank, score, diagonal, reasonsNl, reasonsEn, decision] in rank order: tens of thousands
// of records instead of one per suggestion. Only what the edge carries (no signals, evidence or
// names), the reasons already joined with "; ", the decision on the pair if one was taken.
MATCH (p:Project)
WITH p, COLLECT {
  MATCH (s:Suggestion)
  WHERE s.runId = $runId AND s.a = p.id AND s.rank IS NOT NULL
  OPTIONAL MATCH (d:Decision {pairKey: s.pairKey})
  RETURN [s.id, 'project:' + s.a, 'project:' + s.b, s.rank, s.score, s.diagonal,
          reduce(t = null, r IN coalesce(s.reasonsNl, []) | CASE WHEN t IS NULL THEN r ELSE t + '; ' + r END),
          reduce(t = null, r IN coalesce(s.reasonsEn, []) | CASE WHEN t IS NULL THEN r ELSE t + '; ' + r END),
          coalesce(d.decision, 'open')] AS suggestion
  ORDER BY s.rank
} AS suggestions
WHERE size(suggestions) > 0
RETURN suggestions
