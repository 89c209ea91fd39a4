// Every confirmed collaboration as a pair of network ids: records of up to 500 pairs (see
// analysis/run-suggestion-ranks).
MATCH (a:Project)-[:COLLABORATES_WITH]->(b:Project)
WITH collect([a.id, b.id]) AS xs
UNWIND range(0, size(xs) - 1, 500) AS i
RETURN xs[i..i + 500] AS rows
