// A batch of suggestions under the scratch label without the pair key (derivable on read as
// a + '|' + b). For benchmarks only (bench/suggestion-write-cost.bench.ts).
UNWIND range(0, size($a) - 1) AS i
CREATE (s:SuggestionProbe {
  runId: $runId, a: $a[i], b: $b[i],
  rank: toInteger($rank[i]), score: $score[i], diagonal: $diagonal[i], details: $details[i],
  fingerprint: $fingerprint[i], communityA: toInteger($communityA[i]), communityB: toInteger($communityB[i])
})
RETURN count(*) AS written
