// How many opportunities of each kind one run found.
MATCH (o:Opportunity {runId: $runId})
RETURN o.kind AS kind, count(*) AS count
