// Stored collaborations that came from data, not from an accepted suggestion: a decision's
// collaboration is the coordinator's record and a sync never removes it.
MATCH (a:Project)-[r:COLLABORATES_WITH]->(b:Project)
WHERE coalesce(r.source, '') <> 'suggestion'
RETURN a.id AS from, b.id AS to
