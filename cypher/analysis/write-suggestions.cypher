// A batch of suggestions of one run, each linked to its two projects and to the run.
MATCH (r:AnalysisRun {id: $runId})
UNWIND $rows AS row
MATCH (a:Project {id: row.a})
MATCH (b:Project {id: row.b})
CREATE (s:Suggestion {
  id: row.id, runId: $runId, pairKey: row.pairKey, a: row.a, b: row.b, rank: toInteger(row.rank), score: row.score,
  signals: row.signals, reasonsNl: row.reasonsNl, reasonsEn: row.reasonsEn, diagonal: row.diagonal,
  evidence: row.evidence, fingerprint: row.fingerprint, communityA: toInteger(row.communityA), communityB: toInteger(row.communityB)
})
CREATE (s)-[:SUGGESTS]->(a)
CREATE (s)-[:SUGGESTS]->(b)
CREATE (s)-[:FROM_RUN]->(r)
RETURN count(*) AS written
