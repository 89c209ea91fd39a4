// Ids of every stored Project (a sync compares them with the file's).
MATCH (n:Project)
RETURN n.id AS id
