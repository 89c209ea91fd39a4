// One suggestion by id: by its stored id (runs before the compact shape), or by the (runId, a, b)
// its id names ($parts: every split of the id, see src/services/analysis/stored-suggestion.ts),
// through the (runId, a) index.
CALL () {
  MATCH (s:Suggestion {id: $id}) RETURN s
  UNION
  UNWIND $parts AS p
  MATCH (s:Suggestion) WHERE s.runId = p.runId AND s.a = p.a AND s.b = p.b AND s.id IS NULL
  RETURN s
}
RETURN s {.*, pairKey: coalesce(s.pairKey, s.a + '|' + s.b)} AS suggestion
LIMIT 1
