// Outcomes Diagonal stored from a moment on, with the network that produced them (not of a
// network the reader may not see).
MATCH (p:Project)-[:PRODUCED]->(o:Outcome)
WHERE o.addedAt >= datetime($since) AND NOT coalesce(p.status, 'active') IN $hiddenStatuses
RETURN o.id AS id, o.title AS title, o.kind AS kind, o.url AS url, p.name AS project
ORDER BY o.addedAt, o.id
