// The whole network's nodes of the $kinds labels, the best connected first (degree, then label
// and id, so the cut is deterministic); projects of hidden statuses and their outcomes left out.
// Only the first $limit are returned with their properties; the totals count every candidate.
CALL () {
  MATCH (n:Theme) WHERE 'Theme' IN $kinds RETURN n
  UNION ALL
  MATCH (n:Project) WHERE 'Project' IN $kinds AND NOT coalesce(n.status, '') IN $hiddenStatuses RETURN n
  UNION ALL
  MATCH (n:Partner) WHERE 'Partner' IN $kinds RETURN n
  UNION ALL
  MATCH (n:Outcome) WHERE 'Outcome' IN $kinds
    AND NOT EXISTS { (h:Project)-[:PRODUCED]->(n) WHERE coalesce(h.status, '') IN $hiddenStatuses }
  RETURN n
}
WITH n, [x IN labels(n) WHERE x IN $labels][0] AS label,
     COUNT { (n)-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]-() } AS degree
ORDER BY degree DESC, label, n.id
WITH collect({label: label, node: n}) AS ranked
RETURN [x IN ranked[0..$limit] | {label: x.label, props: properties(x.node)}] AS nodes,
       [k IN $kinds | {label: k, total: size([x IN ranked WHERE x.label = k])}] AS totals
