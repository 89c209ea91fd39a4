// The node of one analysis run, first in status "writing": readers only see runs whose status is
// "complete", so a run being written (or one whose writing failed) is never half-visible.
CREATE (r:AnalysisRun {
  id: $id, status: 'writing', startedAt: datetime($startedAt), finishedAt: datetime($finishedAt),
  params: $params, modularity: $modularity, counts: $counts
})
RETURN r.id AS id
