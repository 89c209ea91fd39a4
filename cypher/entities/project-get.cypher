// A project with its neighbours: themes (with weight), partners (with role), outcomes and the
// projects it collaborates with. Hidden statuses are left out everywhere.
MATCH (p:Project {id: $id})
WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
CALL (p) {
  OPTIONAL MATCH (p)-[a:ADDRESSES]->(t:Theme)
  WITH a, t ORDER BY a.weight DESC, t.id
  RETURN collect(t {.id, .nameNl, .nameEn, weight: a.weight}) AS themes
}
CALL (p) {
  OPTIONAL MATCH (pa:Partner)-[r:PARTICIPATES_IN]->(p)
  WITH r, pa ORDER BY pa.name, pa.id
  RETURN collect(pa {.id, .name, .kind, role: r.role}) AS partners
}
CALL (p) {
  OPTIONAL MATCH (p)-[:PRODUCED]->(o:Outcome)
  WITH o ORDER BY o.date DESC, o.id
  RETURN collect(o {.id, .title, .kind, .date}) AS outcomes
}
CALL (p) {
  OPTIONAL MATCH (p)-[c:COLLABORATES_WITH]-(q:Project)
  WHERE NOT coalesce(q.status, '') IN $hiddenStatuses
  WITH c, q ORDER BY q.id
  RETURN collect(DISTINCT q {.id, .name, .status, since: c.since, source: c.source}) AS collaborations
}
RETURN p {.*} AS project, themes, partners, outcomes, collaborations
