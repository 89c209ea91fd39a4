// Empties the database in batches (auto-commit transaction: CALL … IN TRANSACTIONS), for benchmarks only.
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
