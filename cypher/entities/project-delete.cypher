// Deletes a project with the outcomes it produced (they have no meaning without it).
MATCH (p:Project {id: $id})
OPTIONAL MATCH (p)-[:PRODUCED]->(o:Outcome)
WITH p, collect(o) AS outcomes
FOREACH (o IN outcomes | DETACH DELETE o)
DETACH DELETE p
RETURN count(*) AS deleted
