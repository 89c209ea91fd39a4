// A theme with the projects that address it (with weight) and the outcomes about it.
MATCH (t:Theme {id: $id})
CALL (t) {
  OPTIONAL MATCH (p:Project)-[a:ADDRESSES]->(t)
  WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
  WITH a, p ORDER BY a.weight DESC, p.id
  RETURN collect(p {.id, .name, .status, weight: a.weight}) AS projects
}
CALL (t) {
  OPTIONAL MATCH (o:Outcome)-[:ABOUT]->(t)
  WHERE NOT EXISTS { (h:Project)-[:PRODUCED]->(o) WHERE coalesce(h.status, '') IN $hiddenStatuses }
  WITH o ORDER BY o.date DESC, o.id
  RETURN collect(o {.id, .title, .kind, .date}) AS outcomes
}
RETURN t {.*} AS theme, projects, outcomes
