// Which of $ids are projects a caller may see (planned ones hidden from the public role), with
// their names: the other ends of suggestions drawn on a public map.
UNWIND $ids AS pid
MATCH (p:Project {id: pid})
WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
RETURN p.id AS id, p.name AS name
ORDER BY id
