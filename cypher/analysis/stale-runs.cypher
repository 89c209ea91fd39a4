// Runs left in status "writing", with their writer (host:pid) and whether they are older than
// $before: the caller removes those whose writer is gone, and every stale one.
MATCH (r:AnalysisRun {status: 'writing'})
RETURN r.id AS id, r.writer AS writer, r.startedAt < datetime($before) AS stale
