// Every confirmed collaboration as a pair of network ids, in one record.
MATCH (a:Project)-[:COLLABORATES_WITH]->(b:Project)
RETURN collect([a.id, b.id]) AS pairs
