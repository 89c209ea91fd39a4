// The latest complete run started before a moment (the run a report compares with).
MATCH (r:AnalysisRun {status: 'complete'})
WHERE r.startedAt < datetime($before)
RETURN r {.*, communityNames: null} AS run
ORDER BY r.startedAt DESC, r.id DESC
LIMIT 1
