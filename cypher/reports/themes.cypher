// Every theme with its names (for the network of networks).
MATCH (t:Theme)
RETURN t.id AS id, t.nameNl AS nameNl, t.nameEn AS nameEn
ORDER BY t.id
