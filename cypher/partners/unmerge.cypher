// Undoes merge $mergeId exactly: the retired partner becomes a Partner again with its own
// participations, the kept partner loses the participations the merge gave it, and the aliases
// that moved go back. Only while nothing came in between: the merge not undone yet, the retired
// partner still retired by it, the kept partner still a partner, and its id free.
MATCH (m:PartnerMerge {id: $mergeId})
// Write-lock the merge first, then look again: an undo that ran meanwhile has marked it.
SET m.undoLock = true
REMOVE m.undoLock
WITH m
WHERE m.undoneAt IS NULL
MATCH (drop:MergedPartner {id: m.drop})
WHERE drop.mergeId = m.id
MATCH (keep:Partner {id: m.keep})
WHERE NOT EXISTS { MATCH (:Partner {id: m.drop}) }
CALL (keep, m) {
  MATCH (keep)-[r:PARTICIPATES_IN]->(p:Project)
  WHERE p.id IN m.movedProjects
  DELETE r
}
CALL (drop) {
  MATCH (drop)-[h:MERGED_PARTICIPATION]->(p:Project)
  CREATE (drop)-[r:PARTICIPATES_IN]->(p)
  SET r = properties(h)
  DELETE h
}
CALL (m) {
  MATCH (a:MergedPartner {mergedInto: m.keep})
  WHERE a.id IN m.movedAliases
  SET a.mergedInto = m.drop
}
REMOVE drop:MergedPartner, drop.mergedInto, drop.mergeId, drop.mergeReason, drop.mergedBy, drop.mergedAt, drop.mergeImport
SET drop:Partner, m.undoneAt = datetime(), m.undoneBy = $by
RETURN m {.*} AS merge
