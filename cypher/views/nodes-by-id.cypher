// The stored properties of the nodes a view shows, given their ids per label (unique-id lookups).
// The caller puts them back in its own order. Projects of $hiddenStatuses and their outcomes are
// left out here too, so a node hidden since its ids were chosen is never shown.
CALL () {
  UNWIND $themes AS id MATCH (n:Theme {id: id}) RETURN 'Theme' AS label, n
  UNION ALL
  UNWIND $projects AS id MATCH (n:Project {id: id})
  WHERE NOT coalesce(n.status, '') IN $hiddenStatuses
  RETURN 'Project' AS label, n
  UNION ALL
  UNWIND $partners AS id MATCH (n:Partner {id: id}) RETURN 'Partner' AS label, n
  UNION ALL
  UNWIND $outcomes AS id MATCH (n:Outcome {id: id})
  WHERE NOT EXISTS { (h:Project)-[:PRODUCED]->(n) WHERE coalesce(h.status, '') IN $hiddenStatuses }
  RETURN 'Outcome' AS label, n
}
RETURN label, properties(n) AS props
