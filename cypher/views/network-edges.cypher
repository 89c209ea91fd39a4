// Every relationship of the network between visible nodes.
MATCH (a)-[r:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]->(b)
WHERE NOT (a:Project AND coalesce(a.status, '') IN $hiddenStatuses)
  AND NOT (b:Project AND coalesce(b.status, '') IN $hiddenStatuses)
RETURN type(r) AS type, [x IN labels(a) WHERE x IN $labels][0] AS source, a.id AS sourceId,
       [x IN labels(b) WHERE x IN $labels][0] AS target, b.id AS targetId, properties(r) AS props
