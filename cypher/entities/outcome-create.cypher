// A new outcome, linked to its project and its themes.
MATCH (p:Project {id: $project})
CREATE (p)-[:PRODUCED]->(o:Outcome)
SET o = $props, o.addedAt = datetime()
WITH o
CALL (o) {
  UNWIND $themes AS themeId
  MATCH (t:Theme {id: themeId})
  MERGE (o)-[:ABOUT]->(t)
}
RETURN o.id AS id
