// The human names of a run's communities (JSON, stored with the run; see community-names.ts).
MATCH (r:AnalysisRun {id: $runId, status: 'complete'})
RETURN r.communityNames AS names
