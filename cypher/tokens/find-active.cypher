// The unrevoked token with this hash, if any.
MATCH (t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL
RETURN t {.id, .name, .role} AS token
