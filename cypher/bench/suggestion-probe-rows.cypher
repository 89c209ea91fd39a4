// The stored suggestions of the newest complete run, as rows, for bench/suggestion-write-cost.bench.ts
// (it writes them again under its own label). For benchmarks only.
MATCH (r:AnalysisRun {status: 'complete'})
WITH r ORDER BY r.startedAt DESC, r.id DESC LIMIT 1
MATCH (s:Suggestion)
WHERE s.runId = r.id AND s.rank IS NOT NULL
WITH collect([s.a, s.b, s.rank, s.score, s.diagonal, s.details, s.fingerprint, s.communityA, s.communityB]) AS xs
UNWIND range(0, size(xs) - 1, 2000) AS i
RETURN xs[i..i + 2000] AS rows
