// The most recent analysis run (suggestions and communities are read from it by default).
MATCH (r:AnalysisRun {status: 'complete'})
RETURN r {.*, communityNames: null} AS run
ORDER BY r.startedAt DESC, r.id DESC
LIMIT 1
