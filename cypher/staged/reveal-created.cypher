// The heart of a staged import's last transaction: the nodes its batches created under staging
// labels (listed in its journal) get their own labels, so they — and every relationship hanging on
// them — appear to readers at once. Adding the label checks the uniqueness constraints: a node
// stored meanwhile by someone else with the same id fails the commit, and the import is undone.
MATCH (u:ImportUndo {importJob: $job})
WHERE u.importKind IN ['created-themes', 'created-projects', 'created-partners', 'created-outcomes']
CALL (u) {
  UNWIND u.ids AS id
  MATCH (n:StagedTheme|StagedProject|StagedPartner|StagedOutcome {id: id})
  WITH n, u.importKind AS kind
  CALL (n, kind) { WITH n WHERE kind = 'created-themes' SET n:Theme REMOVE n:StagedTheme }
  CALL (n, kind) { WITH n WHERE kind = 'created-projects' SET n:Project REMOVE n:StagedProject }
  CALL (n, kind) { WITH n WHERE kind = 'created-partners' SET n:Partner REMOVE n:StagedPartner }
  CALL (n, kind) { WITH n WHERE kind = 'created-outcomes' SET n:Outcome REMOVE n:StagedOutcome }
}
RETURN count(u) AS batches
