// A batch of opportunities of one run, linked to the run.
MATCH (r:AnalysisRun {id: $runId})
UNWIND $rows AS row
CREATE (o:Opportunity {
  id: row.id, runId: $runId, kind: row.kind, key: row.key, score: row.score, subjects: row.subjects,
  reasonsNl: row.reasonsNl, reasonsEn: row.reasonsEn, details: row.details
})
CREATE (o)-[:FROM_RUN]->(r)
RETURN count(*) AS written
