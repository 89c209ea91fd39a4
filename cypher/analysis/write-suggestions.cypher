// A batch of suggestions of one run. The run and the two projects are properties (runId, a, b),
// found through the (runId, a) and (runId, b) indexes, not relationships: a run adds no
// relationships to projects or to its run node, so writers never wait on each other's locks.
UNWIND $rows AS row
CREATE (s:Suggestion {
  id: row.id, runId: $runId, pairKey: row.pairKey, a: row.a, b: row.b, rank: toInteger(row.rank), score: row.score,
  signals: row.signals, reasonsNl: row.reasonsNl, reasonsEn: row.reasonsEn, diagonal: row.diagonal,
  evidence: row.evidence, fingerprint: row.fingerprint, communityA: toInteger(row.communityA), communityB: toInteger(row.communityB)
})
RETURN count(*) AS written
