// Every project, theme, partner and outcome of the network (projects of hidden statuses and
// their outcomes left out).
MATCH (n)
WHERE n:Theme OR n:Partner
   OR (n:Project AND NOT coalesce(n.status, '') IN $hiddenStatuses)
   OR (n:Outcome AND NOT EXISTS { (h:Project)-[:PRODUCED]->(n) WHERE coalesce(h.status, '') IN $hiddenStatuses })
RETURN [x IN labels(n) WHERE x IN $labels][0] AS label, properties(n) AS props
