// A batch of suggestions under the scratch label without pairKey and the communities (derivable
// on read). For benchmarks only (bench/suggestion-write-cost.bench.ts).
UNWIND range(0, size($a) - 1) AS i
CREATE (s:SuggestionProbe {
  runId: $runId, a: $a[i], b: $b[i],
  rank: toInteger($rank[i]), score: $score[i], diagonal: $diagonal[i], details: $details[i],
  fingerprint: $fingerprint[i]
})
RETURN count(*) AS written
