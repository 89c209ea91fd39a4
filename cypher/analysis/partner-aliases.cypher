// Ids merged away on import, each with the partner it was merged into: records of up to 500 rows
// [alias, id] (see run-suggestion-ranks for why neither one record per row nor one for all).
MATCH (p:Partner)
WHERE p.aliases IS NOT NULL
UNWIND p.aliases AS alias
WITH collect([alias, p.id]) AS xs
UNWIND range(0, size(xs) - 1, 500) AS i
RETURN xs[i..i + 500] AS rows
