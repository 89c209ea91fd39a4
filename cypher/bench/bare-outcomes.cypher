// bench:import's anchor: a bare UNWIND … MERGE of outcomes with their project and themes.
UNWIND $rows AS row
MATCH (p:Project {id: row.project})
MERGE (o:Outcome {id: row.id})
SET o += row.props
MERGE (p)-[:PRODUCED]->(o)
WITH o, row
UNWIND row.themes AS themeId
MATCH (t:Theme {id: themeId})
MERGE (o)-[:ABOUT]->(t)
