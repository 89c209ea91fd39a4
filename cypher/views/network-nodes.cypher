// The whole network's nodes of the $kinds labels, the best connected first (degree, then label
// and id, so the cut is deterministic); projects of hidden statuses and their outcomes left out.
// Only the first $limit are kept: ORDER BY … LIMIT is a top-k (it sorts only what it keeps), and a
// node's degree comes from its relationship counts. The totals count every candidate from the
// count store, less the hidden projects (status index) and their outcomes — no scan per request.
// While a staged import is unfinished, relationships to its staged nodes (still invisible to every
// reader) are taken off the degrees; otherwise no end node is looked at.
WITH EXISTS { MATCH (j:ImportJob) WHERE j.status = 'staging' } AS staging
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
     COUNT { (n)-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]-() }
     - CASE WHEN staging
         THEN COUNT { (n)-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]-(m:StagedProject|StagedPartner|StagedTheme|StagedOutcome) }
         ELSE 0 END AS degree
ORDER BY degree DESC, label, n.id
LIMIT $limit
WITH collect({label: label, props: properties(n)}) AS nodes
CALL () {
  MATCH (n:Theme) RETURN count(n) AS themes
}
CALL () {
  MATCH (n:Project) RETURN count(n) AS projects
}
CALL () {
  MATCH (n:Partner) RETURN count(n) AS partners
}
CALL () {
  MATCH (n:Outcome) RETURN count(n) AS outcomes
}
CALL () {
  MATCH (h:Project) WHERE h.status IN $hiddenStatuses
  RETURN count(h) AS hiddenProjects
}
CALL () {
  OPTIONAL MATCH (h:Project)-[:PRODUCED]->(o:Outcome) WHERE h.status IN $hiddenStatuses
  RETURN count(DISTINCT o) AS hiddenOutcomes
}
RETURN nodes,
       [k IN $kinds | {label: k, total: CASE k
          WHEN 'Theme' THEN themes
          WHEN 'Project' THEN projects - hiddenProjects
          WHEN 'Partner' THEN partners
          ELSE outcomes - hiddenOutcomes END}] AS totals
