// Opportunities of one run, best first, optionally of one kind.
MATCH (o:Opportunity {runId: $runId})
WHERE $kind IS NULL OR o.kind = $kind
RETURN o {.*} AS opportunity
ORDER BY o.score DESC, o.key
LIMIT toInteger($limit)
