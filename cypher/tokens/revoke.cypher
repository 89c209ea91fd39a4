// Marks a token revoked (keeps the first revocation time when revoked twice).
MATCH (t:ApiToken {id: $id})
SET t.revokedAt = coalesce(t.revokedAt, datetime())
RETURN t {.id, .name, .role, .createdAt, .revokedAt} AS token
