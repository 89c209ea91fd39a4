// The decisions about projects a sync would remove (a dry run lists them as to be orphaned).
MATCH (d:Decision)
WHERE d.a IN $ids OR d.b IN $ids
RETURN d.pairKey AS pairKey, d.a AS a, d.b AS b, d.decision AS decision
ORDER BY pairKey
