// One page of outcomes matching the filters, and how many match in all. $sort comes from an
// allow-list. Only the page is sorted (ORDER BY … LIMIT is a top-k), and only the page's outcomes
// read their themes; sorted by title, the default, the page is read in the order of the
// outcome_title index, so the first pages read a few dozen outcomes instead of all of them.
CALL () {
  MATCH (o:Outcome)
  USING INDEX o:Outcome(title)
  WHERE $sort = 'title' AND NOT $desc AND o.title IS NOT NULL
  MATCH (p:Project)-[:PRODUCED]->(o)
  WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
    AND ($kind IS NULL OR o.kind = $kind)
    AND ($project IS NULL OR p.id = $project)
    AND ($q IS NULL OR toLower(o.title) CONTAINS toLower($q) OR toLower(coalesce(o.summary, '')) CONTAINS toLower($q))
    AND ($theme IS NULL OR EXISTS { (o)-[:ABOUT]->(:Theme {id: $theme}) })
  WITH o, p ORDER BY o.title, o.id SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN o, p
  UNION ALL
  MATCH (o:Outcome)
  USING INDEX o:Outcome(title)
  WHERE $sort = 'title' AND $desc AND o.title IS NOT NULL
  MATCH (p:Project)-[:PRODUCED]->(o)
  WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
    AND ($kind IS NULL OR o.kind = $kind)
    AND ($project IS NULL OR p.id = $project)
    AND ($q IS NULL OR toLower(o.title) CONTAINS toLower($q) OR toLower(coalesce(o.summary, '')) CONTAINS toLower($q))
    AND ($theme IS NULL OR EXISTS { (o)-[:ABOUT]->(:Theme {id: $theme}) })
  WITH o, p ORDER BY o.title DESC, o.id SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN o, p
  UNION ALL
  MATCH (p:Project)-[:PRODUCED]->(o:Outcome)
  WHERE $sort <> 'title'
    AND NOT coalesce(p.status, '') IN $hiddenStatuses
    AND ($kind IS NULL OR o.kind = $kind)
    AND ($project IS NULL OR p.id = $project)
    AND ($q IS NULL OR toLower(o.title) CONTAINS toLower($q) OR toLower(coalesce(o.summary, '')) CONTAINS toLower($q))
    AND ($theme IS NULL OR EXISTS { (o)-[:ABOUT]->(:Theme {id: $theme}) })
  WITH o, p ORDER BY CASE WHEN $desc THEN o[$sort] END DESC, CASE WHEN $desc THEN NULL ELSE o[$sort] END, o.id SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN o, p
}
WITH collect(o {.*, project: p.id, themes: COLLECT { MATCH (o)-[:ABOUT]->(t:Theme) RETURN t.id ORDER BY t.id }}) AS items
RETURN COUNT { MATCH (p:Project)-[:PRODUCED]->(o:Outcome)
         WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
           AND ($kind IS NULL OR o.kind = $kind)
           AND ($project IS NULL OR p.id = $project)
           AND ($q IS NULL OR toLower(o.title) CONTAINS toLower($q) OR toLower(coalesce(o.summary, '')) CONTAINS toLower($q))
           AND ($theme IS NULL OR EXISTS { (o)-[:ABOUT]->(:Theme {id: $theme}) }) } AS total, items
