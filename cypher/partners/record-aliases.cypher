// The one record of "partner id X now lives at partner Y", for a merge by a coordinator and a merge
// on import alike (and for the aliases lists of databases written before): a MergedPartner node
// {id: X, mergedInto: Y} with who (mergedBy), when (mergedAt) and why (mergeReason), and what made
// it: a coordinator's merge (mergeId, its PartnerMerge, which an undo reverses) or an import
// (mergeImport, its job, which an import undo reverses). A coordinator's merge has just retired the
// dropped partner into a MergedPartner without mergedInto, holding what its undo needs: that node is
// the record (an older record of the same id, an alias of a partner deleted since, stays as it was).
// Otherwise the id's record is made, or updated when one exists. Rows: [{alias, partner, reason}].
UNWIND $rows AS row
OPTIONAL MATCH (retired:MergedPartner {id: row.alias})
WHERE retired.mergedInto IS NULL
WITH row, head(collect(retired)) AS retired
CALL (row, retired) {
  WITH row WHERE retired IS NULL
  MERGE (a:MergedPartner {id: row.alias})
  RETURN a
  UNION
  WITH retired WHERE retired IS NOT NULL
  RETURN retired AS a
}
SET a.mergedInto = row.partner, a.mergeReason = row.reason, a.mergedBy = $by, a.mergedAt = datetime(),
  a.mergeId = $mergeId, a.mergeImport = $importJob
RETURN count(a) AS recorded
