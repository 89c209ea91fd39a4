// Collaborations stored from a moment on (imported, or created by accepting a suggestion), between
// networks the reader may see.
MATCH (a:Project)-[r:COLLABORATES_WITH]->(b:Project)
WHERE r.addedAt >= datetime($since)
  AND NOT coalesce(a.status, 'active') IN $hiddenStatuses AND NOT coalesce(b.status, 'active') IN $hiddenStatuses
RETURN a.id AS a, b.id AS b, a.name AS aName, b.name AS bName, toString(r.since) AS since
ORDER BY r.addedAt, a.id, b.id
