// A batch of opportunities of one run; the run is the runId property (indexed), not a relationship.
UNWIND $rows AS row
CREATE (o:Opportunity {
  id: row.id, runId: $runId, kind: row.kind, key: row.key, score: row.score, subjects: row.subjects,
  reasonsNl: row.reasonsNl, reasonsEn: row.reasonsEn, details: row.details
})
RETURN count(*) AS written
