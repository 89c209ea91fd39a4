// One suggestion by id.
MATCH (s:Suggestion {id: $id})
RETURN s {.*} AS suggestion
