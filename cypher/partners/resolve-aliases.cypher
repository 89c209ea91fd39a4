// The partners the given ids were merged into, for those that are aliases (import rows that cite them).
UNWIND $ids AS id
MATCH (a:MergedPartner {id: id})
WHERE NOT EXISTS { MATCH (:Partner {id: id}) }
RETURN a.id AS alias, a.mergedInto AS partner
