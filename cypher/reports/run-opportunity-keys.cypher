// The keys of every opportunity of one run (kind + subjects: the same finding has the same key in
// every run), to tell which findings are new.
MATCH (o:Opportunity {runId: $runId})
RETURN o.key AS key
