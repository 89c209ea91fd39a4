// Every partner id merged away (by a coordinator or on import) whose kept partner is still stored,
// with that partner's id: records of up to 500 rows [alias, id] (see run-suggestion-ranks for why
// neither one record per row nor one for all). An alias of a partner deleted since stands for nothing.
MATCH (a:MergedPartner)
MATCH (p:Partner {id: a.mergedInto})
WITH collect([a.id, p.id]) AS xs
UNWIND range(0, size(xs) - 1, 500) AS i
RETURN xs[i..i + 500] AS rows
