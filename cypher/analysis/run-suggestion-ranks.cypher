// Pair, rank and score of every suggestion of one run, to compare two runs: records of up to 200
// rows [pairKey, a, b, rank, score]. Neither one record per suggestion (a run of a whole EU
// programme holds 138k) nor one record of everything: the driver reads a message of many chunks
// byte by byte through a slow path, so one huge record cost the client more than 138k small ones.
MATCH (s:Suggestion)
WHERE s.runId = $runId AND s.rank IS NOT NULL
WITH collect([coalesce(s.pairKey, s.a + '|' + s.b), s.a, s.b, s.rank, s.score]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
