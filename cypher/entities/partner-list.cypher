// One page of partners matching the filters, and how many match in all. Filtering by a project
// the caller may not see (planned, for the public role) matches nobody: it would list its partners.
// $sort comes from an allow-list. Only the page is sorted (ORDER BY … LIMIT is a top-k); sorted by
// name, the default, the page is read in the order of the partner_name index, so the first pages
// read a few dozen partners instead of all of them. Without filters the total comes from the
// count store.
CALL () {
  MATCH (pa:Partner)
  USING INDEX pa:Partner(name)
  WHERE $sort = 'name' AND NOT $desc AND pa.name IS NOT NULL
    AND ($kind IS NULL OR pa.kind = $kind)
    AND ($activeIn IS NULL OR pa.activeIn = $activeIn)
    AND ($region IS NULL OR pa.region = $region)
    AND ($q IS NULL OR toLower(pa.name) CONTAINS toLower($q))
    AND ($project IS NULL OR EXISTS { (pa)-[:PARTICIPATES_IN]->(p:Project {id: $project}) WHERE NOT coalesce(p.status, '') IN $hiddenStatuses })
  WITH pa ORDER BY pa.name, pa.id SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN pa
  UNION ALL
  MATCH (pa:Partner)
  USING INDEX pa:Partner(name)
  WHERE $sort = 'name' AND $desc AND pa.name IS NOT NULL
    AND ($kind IS NULL OR pa.kind = $kind)
    AND ($activeIn IS NULL OR pa.activeIn = $activeIn)
    AND ($region IS NULL OR pa.region = $region)
    AND ($q IS NULL OR toLower(pa.name) CONTAINS toLower($q))
    AND ($project IS NULL OR EXISTS { (pa)-[:PARTICIPATES_IN]->(p:Project {id: $project}) WHERE NOT coalesce(p.status, '') IN $hiddenStatuses })
  WITH pa ORDER BY pa.name DESC, pa.id SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN pa
  UNION ALL
  MATCH (pa:Partner)
  WHERE $sort <> 'name'
    AND ($kind IS NULL OR pa.kind = $kind)
    AND ($activeIn IS NULL OR pa.activeIn = $activeIn)
    AND ($region IS NULL OR pa.region = $region)
    AND ($q IS NULL OR toLower(pa.name) CONTAINS toLower($q))
    AND ($project IS NULL OR EXISTS { (pa)-[:PARTICIPATES_IN]->(p:Project {id: $project}) WHERE NOT coalesce(p.status, '') IN $hiddenStatuses })
  WITH pa ORDER BY CASE WHEN $desc THEN pa[$sort] END DESC, CASE WHEN $desc THEN NULL ELSE pa[$sort] END, pa.id SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN pa
}
WITH collect(pa {.*}) AS items
RETURN CASE WHEN $kind IS NULL AND $activeIn IS NULL AND $region IS NULL AND $q IS NULL AND $project IS NULL
         THEN COUNT { MATCH (:Partner) }
         ELSE COUNT { MATCH (pa:Partner)
           WHERE ($kind IS NULL OR pa.kind = $kind)
             AND ($activeIn IS NULL OR pa.activeIn = $activeIn)
             AND ($region IS NULL OR pa.region = $region)
             AND ($q IS NULL OR toLower(pa.name) CONTAINS toLower($q))
             AND ($project IS NULL OR EXISTS { (pa)-[:PARTICIPATES_IN]->(p:Project {id: $project}) WHERE NOT coalesce(p.status, '') IN $hiddenStatuses }) }
       END AS total, items
