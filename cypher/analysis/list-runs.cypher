// Every analysis run, newest first.
MATCH (r:AnalysisRun {status: 'complete'})
RETURN r {.*, communityNames: null} AS run
ORDER BY r.startedAt DESC, r.id DESC
