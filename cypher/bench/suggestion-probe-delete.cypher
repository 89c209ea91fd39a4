// Removes the scratch nodes of bench/suggestion-write-cost.bench.ts (auto-commit: CALL … IN
// TRANSACTIONS). For benchmarks only.
MATCH (n:SuggestionProbe) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
