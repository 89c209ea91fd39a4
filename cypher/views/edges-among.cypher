// The relationships among a view's nodes, given their ids per label. Every relationship of the
// graph touches a project or an outcome, whose degrees are small (unlike a large partner's or a
// theme's), so each is found from that side and its other end looked up in the id lists.
CALL () {
  UNWIND $projects AS pid
  MATCH (p:Project {id: pid})-[r:ADDRESSES|PARTICIPATES_IN|PRODUCED|COLLABORATES_WITH]-(n)
  WHERE (n:Theme AND n.id IN $themes)
     OR (n:Partner AND n.id IN $partners)
     OR (n:Outcome AND n.id IN $outcomes)
     OR (n:Project AND n.id IN $projects AND startNode(r) = p)
  RETURN r
  UNION ALL
  UNWIND $outcomes AS oid
  MATCH (:Outcome {id: oid})-[r:ABOUT]->(t:Theme)
  WHERE t.id IN $themes
  RETURN r
}
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN type(r) AS type, [x IN labels(a) WHERE x IN $labels][0] AS source, a.id AS sourceId,
       [x IN labels(b) WHERE x IN $labels][0] AS target, b.id AS targetId, properties(r) AS props
