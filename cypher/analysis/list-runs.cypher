// Every analysis run, newest first.
MATCH (r:AnalysisRun {status: 'complete'})
RETURN r {.*} AS run
ORDER BY r.startedAt DESC, r.id DESC
