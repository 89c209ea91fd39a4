// Networks Diagonal stored from a moment on, oldest first, without the statuses the reader may not
// see (planned networks are not announced yet).
MATCH (p:Project)
WHERE p.addedAt >= datetime($since) AND NOT coalesce(p.status, 'active') IN $hiddenStatuses
RETURN p.id AS id, p.name AS name, p.region AS region, p.description AS description
ORDER BY p.addedAt, p.id
