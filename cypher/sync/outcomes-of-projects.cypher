// Outcomes produced by projects a sync removes: they go with their project.
UNWIND $ids AS id
MATCH (:Project {id: id})-[:PRODUCED]->(o:Outcome)
RETURN DISTINCT o.id AS id
