// Per network, its best suggestion score in a run and how many suggestions name it (node
// attributes of the graph export), as parallel lists in one record.
MATCH (s:Suggestion)
WHERE s.runId = $runId AND s.rank IS NOT NULL
UNWIND [s.a, s.b] AS project
WITH project, max(s.score) AS best, count(*) AS n
RETURN collect(project) AS ids, collect(best) AS best, collect(n) AS counts
