// One analysis run by id.
MATCH (r:AnalysisRun {id: $id, status: 'complete'})
RETURN r {.*, communityNames: null} AS run
