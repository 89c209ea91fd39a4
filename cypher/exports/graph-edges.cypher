// The relationships of the streamed graph export, one compact record each, between nodes the
// reader may see (see graph-nodes): a network with a status in $hiddenStatuses takes its edges
// with it. `x` and `y` are the relationship's properties in a fixed order per type (ADDRESSES:
// weight; PARTICIPATES_IN: role; COLLABORATES_WITH: since, source), so the client decodes no map.
MATCH (p:Project)-[r:ADDRESSES]->(t:Theme)
WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses
RETURN 'ADDRESSES' AS type, 'project:' + p.id AS source, 'theme:' + t.id AS target, coalesce(r.weight, 1.0) AS x, null AS y
UNION ALL
MATCH (pa:Partner)-[r:PARTICIPATES_IN]->(p:Project)
WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses
RETURN 'PARTICIPATES_IN' AS type, 'partner:' + pa.id AS source, 'project:' + p.id AS target, coalesce(r.role, 'partner') AS x, null AS y
UNION ALL
MATCH (p:Project)-[:PRODUCED]->(o:Outcome)
WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses
RETURN 'PRODUCED' AS type, 'project:' + p.id AS source, 'outcome:' + o.id AS target, null AS x, null AS y
UNION ALL
MATCH (o:Outcome)-[:ABOUT]->(t:Theme)
WHERE size($hiddenStatuses) = 0 OR EXISTS { (p:Project)-[:PRODUCED]->(o) WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses }
RETURN 'ABOUT' AS type, 'outcome:' + o.id AS source, 'theme:' + t.id AS target, null AS x, null AS y
UNION ALL
MATCH (p:Project)-[r:COLLABORATES_WITH]->(q:Project)
WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses AND NOT coalesce(q.status, 'active') IN $hiddenStatuses
RETURN 'COLLABORATES_WITH' AS type, 'project:' + p.id AS source, 'project:' + q.id AS target, toString(r.since) AS x, r.source AS y
