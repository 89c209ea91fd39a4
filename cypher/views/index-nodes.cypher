// Every node the graph views may show — themes, projects, partners, outcomes — with its stored
// properties (the caller keeps the fields views show) and its degree as the project and theme
// views rank by it (every relationship of the views' types, to any node). One record per node,
// streamed: read once per data version into the graph view index (services/view-index.ts).
CALL () {
  MATCH (n:Theme) RETURN n
  UNION ALL
  MATCH (n:Project) RETURN n
  UNION ALL
  MATCH (n:Partner) RETURN n
  UNION ALL
  MATCH (n:Outcome) RETURN n
}
RETURN [x IN labels(n) WHERE x IN $labels][0] AS label, n.id AS id, properties(n) AS props,
       COUNT { (n)-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]-() } AS degree
