// Partners that are the same organisation as a new one: same normalised name or enterprise number.
MATCH (pa:Partner)
WHERE ($nameKey <> '' AND pa.nameKey = $nameKey) OR ($enterpriseNumber IS NOT NULL AND pa.enterpriseNumber = $enterpriseNumber)
RETURN pa.id AS id, pa.name AS name
LIMIT 5
