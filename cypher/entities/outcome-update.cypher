// Replaces an outcome's properties, its project and its themes.
MATCH (o:Outcome {id: $id})
MATCH (p:Project {id: $project})
WITH o, p, o.addedAt AS addedAt
SET o = $props, o.addedAt = addedAt
WITH o, p
CALL (o) {
  OPTIONAL MATCH (o)-[r:PRODUCED|ABOUT]-()
  DELETE r
}
CREATE (p)-[:PRODUCED]->(o)
WITH o
CALL (o) {
  UNWIND $themes AS themeId
  MATCH (t:Theme {id: themeId})
  MERGE (o)-[:ABOUT]->(t)
}
RETURN o.id AS id
