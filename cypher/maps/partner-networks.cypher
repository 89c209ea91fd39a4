// The networks of each of $ids (partners on a public map) a caller may see (planned ones hidden
// from the public role): what a partner's click panel lists.
UNWIND $ids AS pid
MATCH (pa:Partner {id: pid})-[:PARTICIPATES_IN]->(p:Project)
WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
WITH pa, p ORDER BY p.name, p.id
RETURN pa.id AS id, collect({id: p.id, name: p.name}) AS networks
ORDER BY id
