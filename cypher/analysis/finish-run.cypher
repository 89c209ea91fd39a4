// Makes a fully written run visible, in one step, with what was known only at the end of the run
// (its parameters with the rankers' provenance, counts, rankers, community names): a run whose
// results were written while the rest was computed starts with these empty (create-run).
MATCH (r:AnalysisRun {id: $id, status: 'writing'})
SET r.status = 'complete', r.finishedAt = datetime($finishedAt),
    r.params = $params, r.modularity = $modularity, r.counts = $counts,
    r.rankers = $rankers, r.communityNames = $communityNames
RETURN r.id AS id
