// One page of partners matching the filters, and how many match in all. Filtering by a project
// the caller may not see (planned, for the public role) matches nobody: it would list its partners.
MATCH (pa:Partner)
WHERE ($kind IS NULL OR pa.kind = $kind)
  AND ($activeIn IS NULL OR pa.activeIn = $activeIn)
  AND ($region IS NULL OR pa.region = $region)
  AND ($q IS NULL OR toLower(pa.name) CONTAINS toLower($q))
  AND ($project IS NULL OR EXISTS { (pa)-[:PARTICIPATES_IN]->(p:Project {id: $project}) WHERE NOT coalesce(p.status, '') IN $hiddenStatuses })
WITH pa ORDER BY CASE WHEN $desc THEN pa[$sort] END DESC, CASE WHEN $desc THEN NULL ELSE pa[$sort] END, pa.id
WITH collect(pa) AS matched
RETURN size(matched) AS total, [pa IN matched[$offset..($offset + $limit)] | pa {.*}] AS items
