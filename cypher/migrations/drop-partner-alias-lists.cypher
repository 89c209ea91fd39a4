// After partner-alias-lists became records: the lists go. A coordinator merge that carried such a
// list on the partner it retired lists those aliases among the ones it moved, so its undo moves them
// back. Older imports' journals lose the lists in their partners' before-images, so an undo of such
// an import never writes a list again (the aliases it recorded stay recorded).
UNWIND $moved AS move
MATCH (m:PartnerMerge {id: move.mergeId})
SET m.movedAliases = [a IN m.movedAliases WHERE NOT a IN move.aliases] + move.aliases
WITH count(*) AS merges
CALL () {
  CALL () {
    MATCH (p:Partner) WHERE p.aliases IS NOT NULL RETURN p
    UNION
    MATCH (p:MergedPartner) WHERE p.aliases IS NOT NULL RETURN p
  }
  REMOVE p.aliases
  RETURN count(*) AS lists
}
CALL () {
  MATCH (u:ImportUndo {importKind: 'stored-partners'})
  WHERE u.aliases IS NOT NULL
  REMOVE u.aliases
  RETURN count(*) AS snapshots
}
RETURN merges, lists, snapshots
