// The partners the given ids were merged into, for those that are aliases (import rows that cite
// them). An alias of a partner deleted since is listed too (the import records it anew when it
// merges the row elsewhere); of two records of one id, the one whose partner is stored counts.
UNWIND $ids AS id
MATCH (a:MergedPartner {id: id})
WHERE NOT EXISTS { MATCH (:Partner {id: id}) }
WITH id, a ORDER BY CASE WHEN EXISTS { MATCH (:Partner {id: a.mergedInto}) } THEN 0 ELSE 1 END
RETURN id AS alias, head(collect(a.mergedInto)) AS partner
