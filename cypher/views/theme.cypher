// A theme with the projects that address it and the outcomes about it, the most relevant first:
// heavier ADDRESSES weight (an outcome's ABOUT counts as 1), then higher degree, then label and
// id (so the cut is deterministic). Planned projects and their outcomes are left out for a
// caller that may not see them. The caller keeps the first $limit - 1 (the theme is always shown).
// The candidates are walked twice, once to count them per label and once to keep the best: a
// collected list of all of them in scope of the ORDER BY … LIMIT would be counted by Neo4j once
// per kept row (quadratic transaction memory for a large theme).
MATCH (t:Theme {id: $id})
CALL (t) {
  MATCH (t)<-[:ADDRESSES|ABOUT]-(n)
  WHERE (n:Project AND NOT coalesce(n.status, '') IN $hiddenStatuses)
     OR (n:Outcome AND NOT EXISTS { (h:Project)-[:PRODUCED]->(n) WHERE coalesce(h.status, '') IN $hiddenStatuses })
  WITH DISTINCT n
  WITH [x IN labels(n) WHERE x IN $labels][0] AS label
  WHERE label IN $kinds
  WITH label, count(*) AS total
  RETURN collect({label: label, total: total}) AS counted
}
CALL (t) {
  MATCH (t)<-[r:ADDRESSES|ABOUT]-(n)
  WHERE (n:Project AND NOT coalesce(n.status, '') IN $hiddenStatuses)
     OR (n:Outcome AND NOT EXISTS { (h:Project)-[:PRODUCED]->(n) WHERE coalesce(h.status, '') IN $hiddenStatuses })
  WITH n, max(coalesce(r.weight, 1.0)) AS weight, [x IN labels(n) WHERE x IN $labels][0] AS label
  WHERE label IN $kinds
  // Only the kept ones are sorted (ORDER BY … LIMIT is a top-k).
  WITH n, weight, label, COUNT { (n)-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]-() } AS degree
  ORDER BY weight DESC, degree DESC, label, n.id
  LIMIT $limit - 1
  RETURN collect({label: label, props: properties(n)}) AS nodes
}
RETURN {label: 'Theme', props: properties(t)} AS centre, nodes,
       [k IN $kinds | {label: k, total: coalesce(head([c IN counted WHERE c.label = k]).total, 0)}] AS totals
