// Empties the database, step 2: the nodes, now without relationships, in batches (auto-commit
// transaction: CALL … IN TRANSACTIONS). For benchmarks only.
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
