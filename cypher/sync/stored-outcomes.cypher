// Ids of every stored Outcome (a sync compares them with the file's).
MATCH (n:Outcome)
RETURN n.id AS id
