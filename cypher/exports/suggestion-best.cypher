// Per network, its best suggestion score in a run and how many suggestions name it (node
// attributes of the graph export): records of up to 500 rows [id, best, count] (see
// analysis/run-suggestion-ranks).
MATCH (s:Suggestion)
WHERE s.runId = $runId AND s.rank IS NOT NULL
UNWIND [s.a, s.b] AS project
WITH project, max(s.score) AS best, count(*) AS n
WITH collect([project, best, n]) AS xs
UNWIND range(0, size(xs) - 1, 500) AS i
RETURN xs[i..i + 500] AS rows
