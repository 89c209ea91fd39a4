// Creates or updates one batch of outcomes with the project that produced them and the themes
// they are about. An outcome has one producing project, and its theme list replaces the stored
// one (when the import has a themes column), so a re-import leaves no stale relationships. The
// project and themes may be staged by a large import that is still being written (staged-write.ts).
UNWIND $rows AS row
MATCH (p:Project|StagedProject {id: row.project})
MERGE (o:Outcome {id: row.id})
SET o += row.props, o.addedAt = coalesce(o.addedAt, datetime())
MERGE (p)-[:PRODUCED]->(o)
WITH o, p, row
CALL (o, p) {
  MATCH (other:Project)-[old:PRODUCED]->(o)
  WHERE other <> p
  DELETE old
}
CALL (o, row) {
  WITH o, row WHERE row.themes IS NOT NULL
  MATCH (o)-[old:ABOUT]->(t:Theme|StagedTheme)
  WHERE NOT t.id IN row.themes
  DELETE old
}
CALL (o, row) {
  WITH o, row WHERE row.themes IS NOT NULL
  UNWIND row.themes AS themeId
  MATCH (t:Theme|StagedTheme {id: themeId})
  MERGE (o)-[:ABOUT]->(t)
}
