// The run's suggestions as the graph export's SUGGESTED edges: one record per network that the
// run's suggestions name first (index seeks on runId and a), [a, suggestions], each suggestion
// [id, b, rank, score, diagonal, reasonsNl, reasonsEn, details] in rank order: a run's reasons are
// in its `details` JSON and its ids are derived (src/services/analysis/stored-suggestion.ts); runs
// stored before carry id and the reasons as lists instead (the client joins them). Only what the edge carries (no signals, evidence or names). The decisions on
// pairs are few and read apart (exports/decisions): looking one up for every suggestion cost more
// than a tenth of this query.
MATCH (p:Project)
WITH p, COLLECT {
  MATCH (s:Suggestion)
  WHERE s.runId = $runId AND s.a = p.id AND s.rank IS NOT NULL
  RETURN [s.id, s.b, s.rank, s.score, s.diagonal, s.reasonsNl, s.reasonsEn, s.details] AS suggestion
  ORDER BY s.rank
} AS suggestions
WHERE size(suggestions) > 0
RETURN p.id AS a, suggestions
