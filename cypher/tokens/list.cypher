// All API tokens, without their hashes, oldest first.
MATCH (t:ApiToken)
RETURN t {.id, .name, .role, .createdAt, .revokedAt} AS token
ORDER BY t.createdAt, t.id
