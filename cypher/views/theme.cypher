// A theme, the projects that address it, the outcomes about it, and the relationships among them.
MATCH (t:Theme {id: $id})
OPTIONAL MATCH (t)<-[:ADDRESSES|ABOUT]-(n)
WHERE (n:Project AND NOT coalesce(n.status, '') IN $hiddenStatuses)
   OR (n:Outcome AND NOT EXISTS { (h:Project)-[:PRODUCED]->(n) WHERE coalesce(h.status, '') IN $hiddenStatuses })
WITH t, collect(DISTINCT n) AS around
WITH [t] + around AS nodes
// Relationships leaving the nodes; those whose far end is outside the view are dropped by the
// caller (a hash lookup), which keeps this linear in the view's degree.
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:ADDRESSES|PRODUCED|ABOUT|COLLABORATES_WITH]->(b)
  RETURN collect({type: type(r), source: [x IN labels(a) WHERE x IN $labels][0], sourceId: a.id,
                  target: [x IN labels(b) WHERE x IN $labels][0], targetId: b.id, props: properties(r)}) AS edges
}
RETURN [n IN nodes | {label: [x IN labels(n) WHERE x IN $labels][0], props: properties(n)}] AS nodes, edges
