// The node of one analysis run, first in status "writing": readers only see runs whose status is
// "complete", so a run being written (or one whose writing failed) is never half-visible.
// `writer` (host and process id) lets the next start or run on that host recognise a run whose
// writer crashed and remove it at once, without waiting for the stale-run sweep.
CREATE (r:AnalysisRun {
  id: $id, status: 'writing', startedAt: datetime($startedAt), finishedAt: datetime($finishedAt),
  params: $params, modularity: $modularity, counts: $counts,
  writer: $writer
})
RETURN r.id AS id
