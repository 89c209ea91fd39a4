// The decision on each decided pair (graph export: a SUGGESTED edge's decision), as parallel lists
// in one record. Decisions are few: one per pair a coordinator decided.
MATCH (d:Decision)
RETURN collect(d.pairKey) AS pairKeys, collect(d.decision) AS decisions
