// A batch of suggestions of one run, sent column by column ($a[i], $b[i], … are row i): lists of
// plain values cost far less to send than one map per row. The pair key is not stored: it is
// a + '|' + b (a < b), derived when read, as `coalesce(s.pairKey, s.a + '|' + s.b)` so that runs
// stored before, which hold it, read the same (one text property less costs the server about 8 %
// of its CPU per suggestion, bench/suggestion-write-cost.bench.ts). The rank is sent, since a run
// writes its suggestions as they are explained, not in rank order. Compact: the explanation (signals, reasons, evidence) is one JSON string,
// `details`, and the id is not stored — it is derived from a, b and runId when read
// (src/services/analysis/stored-suggestion.ts); separate text properties, lists of strings among
// them, and a unique id per node doubled the server's CPU per suggestion.
// The run and the two projects are properties (runId, a, b), found through the (runId, a) and
// (runId, b) indexes, not relationships: a run adds no relationships to projects or to its run
// node, so concurrent writers never wait on each other's locks. A new run means new nodes: CREATE.
UNWIND range(0, size($a) - 1) AS i
CREATE (s:Suggestion {
  runId: $runId, a: $a[i], b: $b[i],
  rank: toInteger($rank[i]), score: $score[i], diagonal: $diagonal[i], details: $details[i],
  fingerprint: $fingerprint[i], communityA: toInteger($communityA[i]), communityB: toInteger($communityB[i])
})
RETURN count(*) AS written
