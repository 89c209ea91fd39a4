// Drops the scratch indexes of bench/suggestion-write-cost.bench.ts. For benchmarks only.
DROP INDEX suggestion_probe_run_rank IF EXISTS;
DROP INDEX suggestion_probe_run_a IF EXISTS;
DROP INDEX suggestion_probe_run_b IF EXISTS;
DROP INDEX suggestion_probe_run_pair IF EXISTS;
