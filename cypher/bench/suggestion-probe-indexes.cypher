// The composite indexes of cypher/schema.cypher on Suggestion, for the scratch label of
// bench/suggestion-write-cost.bench.ts, which creates the ones a variant names. For benchmarks only.
CREATE INDEX suggestion_probe_run_rank IF NOT EXISTS FOR (n:SuggestionProbe) ON (n.runId, n.rank);
CREATE INDEX suggestion_probe_run_a IF NOT EXISTS FOR (n:SuggestionProbe) ON (n.runId, n.a);
CREATE INDEX suggestion_probe_run_b IF NOT EXISTS FOR (n:SuggestionProbe) ON (n.runId, n.b);
CREATE INDEX suggestion_probe_run_pair IF NOT EXISTS FOR (n:SuggestionProbe) ON (n.runId, n.pairKey);
