// A partner with the projects it takes part in (with its role).
MATCH (pa:Partner {id: $id})
CALL (pa) {
  OPTIONAL MATCH (pa)-[r:PARTICIPATES_IN]->(p:Project)
  WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
  WITH r, p ORDER BY p.id
  RETURN collect(p {.id, .name, .status, role: r.role}) AS projects
}
RETURN pa {.*} AS partner, projects
