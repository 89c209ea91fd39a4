// A batch of suggestions under the scratch label, every property analysis/write-suggestions stores.
// For benchmarks only (bench/suggestion-write-cost.bench.ts).
UNWIND range(0, size($a) - 1) AS i
WITH i, $a[i] AS a, $b[i] AS b
CREATE (s:SuggestionProbe {
  runId: $runId, pairKey: a + '|' + b, a: a, b: b,
  rank: toInteger($rank[i]), score: $score[i], diagonal: $diagonal[i], details: $details[i],
  fingerprint: $fingerprint[i], communityA: toInteger($communityA[i]), communityB: toInteger($communityB[i])
})
RETURN count(*) AS written
