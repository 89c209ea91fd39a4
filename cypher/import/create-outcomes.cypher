// Creates one batch of outcomes not yet stored, with their project and themes.
UNWIND $rows AS row
MATCH (p:Project {id: row.project})
CREATE (p)-[:PRODUCED]->(o:Outcome {id: row.id})
SET o += row.props, o.addedAt = datetime()
WITH o, row
CALL (o, row) {
  UNWIND coalesce(row.themes, []) AS themeId
  MATCH (t:Theme {id: themeId})
  CREATE (o)-[:ABOUT]->(t)
}
