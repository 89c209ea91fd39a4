// Complete runs beyond the newest $keep that no decision refers to (a decision's run, or the run
// of any event in its history, is kept for as long as the decision exists). Oldest first.
MATCH (r:AnalysisRun {status: 'complete'})
WITH r ORDER BY r.startedAt DESC, r.id DESC
WITH collect(r) AS runs
UNWIND runs[toInteger($keep)..] AS r
WITH r
WHERE NOT EXISTS { MATCH (d:Decision) WHERE d.runId = r.id }
  AND NOT EXISTS { MATCH (e:DecisionEvent) WHERE e.runId = r.id }
RETURN r.id AS id
ORDER BY r.startedAt, r.id
