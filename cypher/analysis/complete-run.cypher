// Makes a fully written run visible, in one step.
MATCH (r:AnalysisRun {id: $id, status: 'writing'})
SET r.status = 'complete', r.finishedAt = datetime($finishedAt)
RETURN r.id AS id
