// Every analysis run, newest first, without its recommendation models (`rankers`, large JSON) and
// community names: a list never reads them; the run itself (get-run) carries the models.
MATCH (r:AnalysisRun {status: 'complete'})
RETURN r {.id, .startedAt, .finishedAt, .params, .modularity, .counts} AS run
ORDER BY r.startedAt DESC, r.id DESC
