// One page of projects matching the filters, and how many match in all. $sort comes from an
// allow-list. Only the page is sorted (ORDER BY … LIMIT is a top-k); sorted by name, the default,
// the page is read in the order of the project_name index, so the first pages read a few dozen
// projects instead of all of them. Without filters the total comes from the count store (less
// the hidden statuses, through the project_status index).
CALL () {
  MATCH (p:Project)
  USING INDEX p:Project(name)
  WHERE $sort = 'name' AND NOT $desc AND p.name IS NOT NULL
    AND NOT coalesce(p.status, '') IN $hiddenStatuses
    AND ($status IS NULL OR p.status = $status)
    AND ($region IS NULL OR p.region = $region)
    AND ($q IS NULL OR toLower(p.name) CONTAINS toLower($q) OR toLower(coalesce(p.description, '')) CONTAINS toLower($q))
    AND ($theme IS NULL OR EXISTS { (p)-[:ADDRESSES]->(:Theme {id: $theme}) })
    AND ($partner IS NULL OR EXISTS { (:Partner {id: $partner})-[:PARTICIPATES_IN]->(p) })
  WITH p ORDER BY p.name, p.id SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN p
  UNION ALL
  MATCH (p:Project)
  USING INDEX p:Project(name)
  WHERE $sort = 'name' AND $desc AND p.name IS NOT NULL
    AND NOT coalesce(p.status, '') IN $hiddenStatuses
    AND ($status IS NULL OR p.status = $status)
    AND ($region IS NULL OR p.region = $region)
    AND ($q IS NULL OR toLower(p.name) CONTAINS toLower($q) OR toLower(coalesce(p.description, '')) CONTAINS toLower($q))
    AND ($theme IS NULL OR EXISTS { (p)-[:ADDRESSES]->(:Theme {id: $theme}) })
    AND ($partner IS NULL OR EXISTS { (:Partner {id: $partner})-[:PARTICIPATES_IN]->(p) })
  WITH p ORDER BY p.name DESC, p.id SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN p
  UNION ALL
  MATCH (p:Project)
  WHERE $sort <> 'name'
    AND NOT coalesce(p.status, '') IN $hiddenStatuses
    AND ($status IS NULL OR p.status = $status)
    AND ($region IS NULL OR p.region = $region)
    AND ($q IS NULL OR toLower(p.name) CONTAINS toLower($q) OR toLower(coalesce(p.description, '')) CONTAINS toLower($q))
    AND ($theme IS NULL OR EXISTS { (p)-[:ADDRESSES]->(:Theme {id: $theme}) })
    AND ($partner IS NULL OR EXISTS { (:Partner {id: $partner})-[:PARTICIPATES_IN]->(p) })
  WITH p ORDER BY CASE WHEN $desc THEN p[$sort] END DESC, CASE WHEN $desc THEN NULL ELSE p[$sort] END, p.id SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN p
}
WITH collect(p {.*}) AS items
RETURN CASE WHEN $status IS NULL AND $region IS NULL AND $q IS NULL AND $theme IS NULL AND $partner IS NULL AND NOT '' IN $hiddenStatuses
         THEN COUNT { MATCH (:Project) } - COUNT { MATCH (h:Project) WHERE h.status IN $hiddenStatuses }
         ELSE COUNT { MATCH (p:Project)
           WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
             AND ($status IS NULL OR p.status = $status)
             AND ($region IS NULL OR p.region = $region)
             AND ($q IS NULL OR toLower(p.name) CONTAINS toLower($q) OR toLower(coalesce(p.description, '')) CONTAINS toLower($q))
             AND ($theme IS NULL OR EXISTS { (p)-[:ADDRESSES]->(:Theme {id: $theme}) })
             AND ($partner IS NULL OR EXISTS { (:Partner {id: $partner})-[:PARTICIPATES_IN]->(p) }) }
       END AS total, items
