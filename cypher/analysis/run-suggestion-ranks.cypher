// Pair, rank and score of every suggestion of one run, to compare two runs.
MATCH (s:Suggestion)
WHERE s.runId = $runId AND s.rank IS NOT NULL
RETURN s.pairKey AS pairKey, s.a AS a, s.b AS b, s.rank AS rank, s.score AS score
