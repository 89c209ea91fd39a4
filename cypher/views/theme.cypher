// A theme with the projects that address it and the outcomes about it, the most relevant first:
// heavier ADDRESSES weight (an outcome's ABOUT counts as 1), then higher degree, then label and
// id (so the cut is deterministic). Planned projects and their outcomes are left out for a
// caller that may not see them. The caller keeps the first $limit - 1 (the theme is always shown).
MATCH (t:Theme {id: $id})
CALL (t) {
  MATCH (t)<-[r:ADDRESSES|ABOUT]-(n)
  WHERE (n:Project AND NOT coalesce(n.status, '') IN $hiddenStatuses)
     OR (n:Outcome AND NOT EXISTS { (h:Project)-[:PRODUCED]->(n) WHERE coalesce(h.status, '') IN $hiddenStatuses })
  WITH n, max(coalesce(r.weight, 1.0)) AS weight, [x IN labels(n) WHERE x IN $labels][0] AS label
  WHERE label IN $kinds
  WITH n, weight, label, COUNT { (n)-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]-() } AS degree
  ORDER BY weight DESC, degree DESC, label, n.id
  RETURN collect({label: label, node: n}) AS ranked
}
RETURN {label: 'Theme', props: properties(t)} AS centre,
       [x IN ranked[0..$limit - 1] | {label: x.label, props: properties(x.node)}] AS nodes,
       [k IN $kinds | {label: k, total: size([x IN ranked WHERE x.label = k])}] AS totals
