// Merges partner $drop into $keep in one statement. The kept partner takes over each network of
// the dropped one it was not in (the participation's properties copied); where both took part, the
// kept partner's participation stays. The dropped node is not deleted but retired: it loses the
// Partner label (no reader sees it), becomes a MergedPartner, and holds its participations as
// MERGED_PARTICIPATION — everything an undo needs to restore it exactly. Aliases the dropped partner
// carried from earlier merges (a coordinator's or an import's) move to $keep. Recorded as a
// PartnerMerge; in the same transaction, partners/record-aliases makes the retired id an alias of $keep.
MATCH (keep:Partner {id: $keep})
MATCH (drop:Partner {id: $drop})
// Write-lock both first, then look again: a merge that ran meanwhile has retired one of them.
SET keep.mergeLock = true, drop.mergeLock = true
REMOVE keep.mergeLock, drop.mergeLock
WITH keep, drop
WHERE keep:Partner AND drop:Partner
WITH keep, drop,
  COLLECT { MATCH (drop)-[:PARTICIPATES_IN]->(p:Project) WHERE NOT EXISTS { (keep)-[:PARTICIPATES_IN]->(p) } RETURN p.id ORDER BY p.id } AS moved,
  COLLECT { MATCH (drop)-[:PARTICIPATES_IN]->(p:Project) WHERE EXISTS { (keep)-[:PARTICIPATES_IN]->(p) } RETURN p.id ORDER BY p.id } AS shared,
  COLLECT { MATCH (a:MergedPartner {mergedInto: $drop}) RETURN a.id ORDER BY a.id } AS aliases
CREATE (m:PartnerMerge {id: $mergeId, keep: keep.id, drop: drop.id, keepName: keep.name, dropName: drop.name, by: $by, at: datetime(),
  movedProjects: moved, sharedProjects: shared, movedAliases: aliases})
WITH keep, drop, m, moved
CALL (keep, drop, moved) {
  MATCH (drop)-[r:PARTICIPATES_IN]->(p:Project)
  CALL (keep, r, p, moved) {
    WITH * WHERE p.id IN moved
    CREATE (keep)-[k:PARTICIPATES_IN]->(p)
    SET k = properties(r)
  }
  CREATE (drop)-[h:MERGED_PARTICIPATION]->(p)
  SET h = properties(r)
  DELETE r
}
CALL (keep) {
  MATCH (a:MergedPartner {mergedInto: $drop})
  SET a.mergedInto = keep.id
}
REMOVE drop:Partner
SET drop:MergedPartner
RETURN m {.*} AS merge
