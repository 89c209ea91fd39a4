// Whether a theme exists.
MATCH (t:Theme {id: $id})
RETURN t.id AS id
