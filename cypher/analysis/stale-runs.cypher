// Runs left in status "writing" by a process that stopped before finishing, older than $before.
MATCH (r:AnalysisRun {status: 'writing'})
WHERE r.startedAt < datetime($before)
RETURN r.id AS id
