// When the last newsletter digest was made (previews are not recorded), if ever.
MATCH (d:DigestIssue)
RETURN toString(d.madeAt) AS madeAt, d.by AS by
ORDER BY d.madeAt DESC
LIMIT 1
