// The community label of every project in one run: records of up to 500 rows [project, label]
// (see run-suggestion-ranks for why neither one record per project nor one for all).
MATCH (p:Project)-[c:IN_COMMUNITY]->(:AnalysisRun {id: $runId})
WITH collect([p.id, c.label]) AS xs
UNWIND range(0, size(xs) - 1, 500) AS i
RETURN xs[i..i + 500] AS rows
