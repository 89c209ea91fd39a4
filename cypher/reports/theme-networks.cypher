// The theme report's networks: the theme, and every network addressing it with its name, status,
// region, number of partners and outcomes and its degree (partners, themes, outcomes and
// collaborations, from the store's degree counts: what the picture sizes and ranks networks by),
// as parallel lists in one record. No partner or outcome is read one by one. Networks with a status
// in $hiddenStatuses are left out.
MATCH (t:Theme {id: $themeId})
CALL (t) {
  MATCH (t)<-[:ADDRESSES]-(p:Project)
  WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
  WITH p ORDER BY p.id
  RETURN collect(p.id) AS ids, collect(coalesce(p.name, p.id)) AS names, collect(coalesce(p.status, 'active')) AS statuses,
         collect(coalesce(p.region, '')) AS regions,
         collect(COUNT { (p)<-[:PARTICIPATES_IN]-(:Partner) }) AS partners,
         collect(COUNT { (p)-[:PRODUCED]->(:Outcome) }) AS outcomes,
         collect(COUNT { (p)-[:PARTICIPATES_IN|ADDRESSES|PRODUCED|COLLABORATES_WITH]-() }) AS degrees
}
RETURN t {.id, .nameNl, .nameEn, .description} AS theme, ids, names, statuses, regions, partners, outcomes, degrees
