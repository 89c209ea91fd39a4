// A database written before aliases were records keeps the ids an import merged into a partner as
// that partner's `aliases` list. Each such id, with the partner it stands for now: the partner
// itself, or, when a coordinator merged that partner away since, the partner it was merged into.
// An id that already has a record, or is a stored partner again, keeps that; an id listed on two
// partners goes to the first by id.
CALL () {
  MATCH (p:Partner) WHERE p.aliases IS NOT NULL RETURN p
  UNION
  MATCH (p:MergedPartner) WHERE p.aliases IS NOT NULL RETURN p
}
UNWIND p.aliases AS alias
WITH alias, p ORDER BY p.id
WITH alias, head(collect(p)) AS p
WHERE NOT EXISTS { MATCH (:MergedPartner {id: alias}) } AND NOT EXISTS { MATCH (:Partner {id: alias}) }
RETURN alias, CASE WHEN p:Partner THEN p.id ELSE p.mergedInto END AS partner, p.mergeId AS mergeId
ORDER BY alias
