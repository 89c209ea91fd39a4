// Decisions about projects a sync removes are kept, marked orphaned with why and by which import,
// so a decision never silently stays "accepted" with no collaboration behind it.
MATCH (d:Decision)
WHERE d.a IN $ids OR d.b IN $ids
SET d.orphaned = true, d.orphanedReason = $reason, d.orphanedBy = $job, d.orphanedAt = datetime()
RETURN d.pairKey AS pairKey, d.a AS a, d.b AS b, d.decision AS decision
