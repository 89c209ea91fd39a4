// Networks marked active that have an end date, with that date and its precision: the service
// keeps those whose end (read to the last day of its precision) lies before today.
MATCH (p:Project)
WHERE p.status = 'active' AND p.end IS NOT NULL AND p.end < date($today)
RETURN p.id AS id, p.name AS name, p.end AS end, p.endPrecision AS endPrecision
ORDER BY p.end ASC, p.id ASC
