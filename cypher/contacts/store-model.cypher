// Stores a contacts model just fitted (src/db/contact-model-store.ts) and, in the same write, keeps
// only the newest $keep fits.
CREATE (m:ContactModel {
  id: $id, fittedAt: $fittedAt, variant: $variant, reason: $reason, innerCutoff: $innerCutoff,
  queries: $queries, datedNetworks: $datedNetworks, participations: $participations, seconds: $seconds
})
WITH m
CALL (m) {
  MATCH (old:ContactModel)
  WITH old ORDER BY old.fittedAt DESC, old.id DESC
  SKIP $keep
  DETACH DELETE old
}
RETURN m.id AS id
