// The networks of each partner active in more than one (these link networks into components), as
// one list of lists in one record.
MATCH (pa:Partner)-[:PARTICIPATES_IN]->(p:Project)
WITH pa, collect(p.id) AS networks
WHERE size(networks) > 1
RETURN collect(networks) AS lists
