// Ids of every stored Partner (a sync compares them with the file's).
MATCH (n:Partner)
RETURN n.id AS id
