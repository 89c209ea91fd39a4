// How many nodes the database holds: benchmarks refuse to wipe a database with data unless told to.
MATCH (n) RETURN count(n) AS n
