// Every node the network view may show — themes, projects, partners, outcomes — ranked as
// views/network-nodes ranks them (degree, then label and id), in records of up to 500 rows
// [label, id, hidden]: `hidden` when the public role may not see the node (a project of a
// $hiddenStatuses status, or an outcome of one). Read once per data version and kept in memory
// (services/degree-order.ts), so a network view takes its top nodes without counting every
// node's relationships again. The degree is the same as the live query's: relationships to the
// staged nodes of an unfinished staged import are taken off.
WITH EXISTS { MATCH (j:ImportJob) WHERE j.status = 'staging' } AS staging
CALL () {
  MATCH (n:Theme) RETURN n, false AS hidden
  UNION ALL
  MATCH (n:Project) RETURN n, coalesce(n.status, '') IN $hiddenStatuses AS hidden
  UNION ALL
  MATCH (n:Partner) RETURN n, false AS hidden
  UNION ALL
  MATCH (n:Outcome)
  RETURN n, EXISTS { (h:Project)-[:PRODUCED]->(n) WHERE coalesce(h.status, '') IN $hiddenStatuses } AS hidden
}
WITH n, hidden, [x IN labels(n) WHERE x IN $labels][0] AS label,
     COUNT { (n)-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]-() }
     - CASE WHEN staging
         THEN COUNT { (n)-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]-(m:StagedProject|StagedPartner|StagedTheme|StagedOutcome) }
         ELSE 0 END AS degree
ORDER BY degree DESC, label, n.id
WITH collect([label, n.id, hidden]) AS xs
UNWIND range(0, size(xs) - 1, 500) AS i
RETURN xs[i..i + 500] AS rows
