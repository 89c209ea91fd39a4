// One page of projects matching the filters, and how many match in all. $sort comes from an allow-list.
MATCH (p:Project)
WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
  AND ($status IS NULL OR p.status = $status)
  AND ($region IS NULL OR p.region = $region)
  AND ($q IS NULL OR toLower(p.name) CONTAINS toLower($q) OR toLower(coalesce(p.description, '')) CONTAINS toLower($q))
  AND ($theme IS NULL OR EXISTS { (p)-[:ADDRESSES]->(:Theme {id: $theme}) })
  AND ($partner IS NULL OR EXISTS { (:Partner {id: $partner})-[:PARTICIPATES_IN]->(p) })
WITH p ORDER BY CASE WHEN $desc THEN p[$sort] END DESC, CASE WHEN $desc THEN NULL ELSE p[$sort] END, p.id
WITH collect(p) AS matched
RETURN size(matched) AS total, [p IN matched[$offset..($offset + $limit)] | p {.*}] AS items
