// One page of outcomes matching the filters, and how many match in all.
MATCH (p:Project)-[:PRODUCED]->(o:Outcome)
WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
  AND ($kind IS NULL OR o.kind = $kind)
  AND ($project IS NULL OR p.id = $project)
  AND ($q IS NULL OR toLower(o.title) CONTAINS toLower($q) OR toLower(coalesce(o.summary, '')) CONTAINS toLower($q))
  AND ($theme IS NULL OR EXISTS { (o)-[:ABOUT]->(:Theme {id: $theme}) })
WITH o, p ORDER BY CASE WHEN $desc THEN o[$sort] END DESC, CASE WHEN $desc THEN NULL ELSE o[$sort] END, o.id
WITH collect(o {.*, project: p.id, themes: COLLECT { MATCH (o)-[:ABOUT]->(t:Theme) RETURN t.id ORDER BY t.id }}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items
