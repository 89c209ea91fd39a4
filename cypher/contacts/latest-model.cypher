// The latest stored contacts model (src/db/contact-model-store.ts): the newest ContactModel, read
// through the index on its fit time.
MATCH (m:ContactModel)
WHERE m.fittedAt IS NOT NULL
RETURN m {.*} AS model
ORDER BY m.fittedAt DESC, m.id DESC
LIMIT 1
