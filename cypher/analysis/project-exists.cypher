// Whether a project exists (to tell an unknown id from a project without suggestions).
MATCH (p:Project {id: $id})
RETURN p.id AS id
