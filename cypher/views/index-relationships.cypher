// Every relationship of the graph views' types between two nodes the views may show, with its
// stored properties (the caller keeps the fields views show and the weight the theme view ranks
// by). One record per relationship, streamed: read once per data version into the graph view
// index (services/view-index.ts). Relationships to staged nodes are not read: their ends carry
// no view label.
MATCH (a)-[r:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]->(b)
WHERE (a:Project OR a:Theme OR a:Partner OR a:Outcome) AND (b:Project OR b:Theme OR b:Partner OR b:Outcome)
RETURN type(r) AS type, [x IN labels(a) WHERE x IN $labels][0] AS source, a.id AS sourceId,
       [x IN labels(b) WHERE x IN $labels][0] AS target, b.id AS targetId, properties(r) AS props
