// The networks of each partner active in more than one (these link networks into components):
// records of up to 100 lists (see analysis/run-suggestion-ranks).
MATCH (pa:Partner)-[:PARTICIPATES_IN]->(p:Project)
WITH pa, collect(p.id) AS networks
WHERE size(networks) > 1
WITH collect(networks) AS xs
UNWIND range(0, size(xs) - 1, 100) AS i
RETURN xs[i..i + 100] AS rows
