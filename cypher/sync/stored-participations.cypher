// Every stored participation (a sync compares them with the file's).
MATCH (a:Partner)-[:PARTICIPATES_IN]->(p:Project)
RETURN a.id AS partner, p.id AS project
