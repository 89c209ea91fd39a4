// A batch of suggestions of one run, sent column by column ($a[i], $b[i], … are row i): lists of
// plain values cost far less to send than one map per row. Id, pair key (a < b) and rank (rank of
// the batch's first row + i) are derived here rather than sent. The run and the two projects are
// properties (runId, a, b), found through the (runId, a) and (runId, b) indexes, not
// relationships: a run adds no relationships to projects or to its run node, so concurrent
// writers never wait on each other's locks.
UNWIND range(0, size($a) - 1) AS i
WITH i, $a[i] AS a, $b[i] AS b
CREATE (s:Suggestion {
  id: 's-' + a + '--' + b + '-' + $runId, runId: $runId, pairKey: a + '|' + b, a: a, b: b,
  rank: toInteger($firstRank) + i, score: $score[i], signals: $signals[i],
  reasonsNl: $reasonsNl[i], reasonsEn: $reasonsEn[i], diagonal: $diagonal[i], evidence: $evidence[i],
  fingerprint: $fingerprint[i], communityA: toInteger($communityA[i]), communityB: toInteger($communityB[i])
})
RETURN count(*) AS written
