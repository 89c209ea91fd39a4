// The node of one analysis run, first in status "writing": readers only see runs whose status is
// "complete", so a run being written (or one whose writing failed) is never half-visible.
// `rankers` are the recommendation models of the run (learned on the graph's history, or the
// defaults and why) and `communityNames` the communities' names, both JSON; the names are read by
// their own query (run reads leave them out).
// `writer` (host and process id) lets the next start or run on that host recognise a run whose
// writer crashed and remove it at once, without waiting for the stale-run sweep.
// A run that writes its results while it computes (services/analysis/run-writer.ts) creates its node
// with empty params, counts, rankers and names, and finish-run sets them when it makes the run visible.
CREATE (r:AnalysisRun {
  id: $id, status: 'writing', startedAt: datetime($startedAt), finishedAt: datetime($finishedAt),
  params: $params, modularity: $modularity, counts: $counts,
  rankers: $rankers, communityNames: $communityNames,
  writer: $writer
})
RETURN r.id AS id
