// The relationships of the streamed graph export between nodes the reader may see (see
// graph-nodes): a network with a status in $hiddenStatuses takes its edges with it. Grouped, one
// record per network (its themes, partners, outcomes and collaborations) and one per outcome (its
// themes), each edge a list [type, source, target, x, y]: a few tens of thousands of records
// instead of one per edge (each record costs the client more than its values). `x` and `y` are
// the relationship's properties in a fixed order per type (ADDRESSES: weight; PARTICIPATES_IN:
// role; COLLABORATES_WITH: since, source).
MATCH (p:Project)
WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses
WITH p, 'project:' + p.id AS key
WITH COLLECT { MATCH (p)-[r:ADDRESSES]->(t:Theme) RETURN ['ADDRESSES', key, 'theme:' + t.id, coalesce(r.weight, 1.0), null] }
   + COLLECT { MATCH (pa:Partner)-[r:PARTICIPATES_IN]->(p) RETURN ['PARTICIPATES_IN', 'partner:' + pa.id, key, coalesce(r.role, 'partner'), null] }
   + COLLECT { MATCH (p)-[:PRODUCED]->(o:Outcome) RETURN ['PRODUCED', key, 'outcome:' + o.id, null, null] }
   + COLLECT { MATCH (p)-[r:COLLABORATES_WITH]->(q:Project) WHERE NOT coalesce(q.status, 'active') IN $hiddenStatuses
               RETURN ['COLLABORATES_WITH', key, 'project:' + q.id, toString(r.since), r.source] } AS edges
WHERE size(edges) > 0
RETURN edges
UNION ALL
MATCH (o:Outcome)
WHERE size($hiddenStatuses) = 0 OR EXISTS { (p:Project)-[:PRODUCED]->(o) WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses }
WITH o, COLLECT { MATCH (o)-[:ABOUT]->(t:Theme) RETURN ['ABOUT', 'outcome:' + o.id, 'theme:' + t.id, null, null] } AS edges
WHERE size(edges) > 0
RETURN edges
