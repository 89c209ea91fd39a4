// A project and the nodes up to $depth (1 or 2) steps away, the most relevant first: nearer
// before farther, then more links to the project's direct neighbours, then higher degree, then
// label and id (so the cut is deterministic); only the kept nodes are sorted and read. Planned
// projects and their outcomes are never shown to, nor walked through for, a caller that may not
// see them. Only nodes of the $kinds labels are ranked; the first $limit - 1 are kept (the
// project itself is always shown).
// The candidates are walked twice, once to count them per label and once to keep the best: a
// collected list of all of them in scope of the ORDER BY … LIMIT would be counted by Neo4j once
// per kept row (a hub's 3,000 candidates with limit 1000 took 354 MB of transaction memory, over
// the everyday server's 384 MB).
MATCH (p:Project {id: $id})
WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
OPTIONAL MATCH (p)-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|COLLABORATES_WITH]-(n)
WHERE (n:Theme OR n:Partner OR n:Outcome OR n:Project) AND NOT (n:Project AND coalesce(n.status, '') IN $hiddenStatuses)
  AND NOT (n:Outcome AND EXISTS { (h:Project)-[:PRODUCED]->(n) WHERE coalesce(h.status, '') IN $hiddenStatuses })
WITH p, collect(DISTINCT n) AS first
CALL (p, first) {
  CALL (p, first) {
    UNWIND first AS n
    RETURN n, 1 AS distance, 1 AS links
    UNION ALL
    UNWIND CASE WHEN $depth >= 2 THEN first ELSE [] END AS m
    MATCH (m)-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]-(n)
    WHERE n <> p AND NOT n IN first
      AND (n:Theme OR n:Partner OR n:Outcome OR n:Project)
      AND NOT (n:Project AND coalesce(n.status, '') IN $hiddenStatuses)
      // An outcome of a planned project, reached through a shared theme, is as hidden as its project.
      AND NOT (n:Outcome AND EXISTS { (h:Project)-[:PRODUCED]->(n) WHERE coalesce(h.status, '') IN $hiddenStatuses })
    RETURN n, 2 AS distance, count(*) AS links
  }
  WITH [x IN labels(n) WHERE x IN $labels][0] AS label
  WHERE label IN $kinds
  WITH label, count(*) AS total
  RETURN collect({label: label, total: total}) AS counted
}
CALL (p, first) {
  CALL (p, first) {
    UNWIND first AS n
    RETURN n, 1 AS distance, 1 AS links
    UNION ALL
    UNWIND CASE WHEN $depth >= 2 THEN first ELSE [] END AS m
    MATCH (m)-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]-(n)
    WHERE n <> p AND NOT n IN first
      AND (n:Theme OR n:Partner OR n:Outcome OR n:Project)
      AND NOT (n:Project AND coalesce(n.status, '') IN $hiddenStatuses)
      // An outcome of a planned project, reached through a shared theme, is as hidden as its project.
      AND NOT (n:Outcome AND EXISTS { (h:Project)-[:PRODUCED]->(n) WHERE coalesce(h.status, '') IN $hiddenStatuses })
    RETURN n, 2 AS distance, count(*) AS links
  }
  WITH n, distance, links, [x IN labels(n) WHERE x IN $labels][0] AS label
  WHERE label IN $kinds
  // Only the kept ones are sorted (ORDER BY … LIMIT is a top-k).
  WITH n, distance, links, label, COUNT { (n)-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]-() } AS degree
  ORDER BY distance, links DESC, degree DESC, label, n.id
  LIMIT $limit - 1
  RETURN collect({label: label, props: properties(n)}) AS nodes
}
RETURN {label: 'Project', props: properties(p)} AS centre, nodes,
       [k IN $kinds | {label: k, total: coalesce(head([c IN counted WHERE c.label = k]).total, 0) + CASE k WHEN 'Project' THEN 1 ELSE 0 END}] AS totals
