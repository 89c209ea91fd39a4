// Ids of networks with a status the reader may not see (planned: not announced yet).
MATCH (p:Project)
WHERE p.status IN $hiddenStatuses
RETURN p.id AS id
