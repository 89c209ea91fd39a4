// Creates one batch of a staged import's new outcomes under a staging label (StagedOutcome), with
// their project and themes, stored or staged by this import: nothing is visible to a reader (who
// matches :Outcome) until reveal-created.
UNWIND $rows AS row
MATCH (p:Project|StagedProject {id: row.project})
CREATE (p)-[:PRODUCED]->(o:StagedOutcome {id: row.id})
SET o += row.props, o.addedAt = datetime()
WITH o, row
CALL (o, row) {
  UNWIND coalesce(row.themes, []) AS themeId
  MATCH (t:Theme|StagedTheme {id: themeId})
  CREATE (o)-[:ABOUT]->(t)
}
