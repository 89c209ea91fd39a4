// Ids of every stored Theme (a sync compares them with the file's).
MATCH (n:Theme)
RETURN n.id AS id
