// The one record of "partner id X now lives at partner Y", for a merge by a coordinator and a merge
// on import alike (and for the aliases lists of databases written before): a MergedPartner node
// {id: X, mergedInto: Y} with who (mergedBy), when (mergedAt) and why (mergeReason), and what made
// it: a coordinator's merge (mergeId, its PartnerMerge, which an undo reverses) or an import
// (mergeImport, its job, which an import undo reverses). A coordinator's merge has retired the dropped
// partner into that node already, with what its undo needs; an import has no node for an id it
// merged, so one is made. Rows: [{alias, partner, reason}].
UNWIND $rows AS row
MERGE (a:MergedPartner {id: row.alias})
SET a.mergedInto = row.partner, a.mergeReason = row.reason, a.mergedBy = $by, a.mergedAt = datetime(),
  a.mergeId = $mergeId, a.mergeImport = $importJob
RETURN count(a) AS recorded
