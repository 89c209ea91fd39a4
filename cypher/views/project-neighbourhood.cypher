// A project, everything directly linked to it, and the relationships among those nodes.
MATCH (p:Project {id: $id})
WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
OPTIONAL MATCH (p)-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|COLLABORATES_WITH]-(n)
WHERE n:Theme OR n:Partner OR n:Outcome OR (n:Project AND NOT coalesce(n.status, '') IN $hiddenStatuses)
WITH p, collect(DISTINCT n) AS around
WITH [p] + around AS nodes
// Relationships leaving the nodes; those whose far end is outside the view are dropped by the
// caller (a hash lookup), which keeps this linear in the view's degree.
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]->(b)
  RETURN collect({type: type(r), source: [x IN labels(a) WHERE x IN $labels][0], sourceId: a.id,
                  target: [x IN labels(b) WHERE x IN $labels][0], targetId: b.id, props: properties(r)}) AS edges
}
RETURN [n IN nodes | {label: [x IN labels(n) WHERE x IN $labels][0], props: properties(n)}] AS nodes, edges
