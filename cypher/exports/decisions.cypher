// The decision on each decided pair (graph export: a SUGGESTED edge's decision): records of up to
// 500 rows [pairKey, a, b, decision]. Decisions are few: one per pair a coordinator decided.
MATCH (d:Decision)
WITH collect([d.pairKey, d.a, d.b, d.decision]) AS xs
UNWIND range(0, size(xs) - 1, 500) AS i
RETURN xs[i..i + 500] AS rows
