// Every opportunity of one run, best first (the digest keeps the ones new since an earlier run).
MATCH (o:Opportunity {runId: $runId})
RETURN o {.*} AS opportunity
ORDER BY o.score DESC, o.key
