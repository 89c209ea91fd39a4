// One import job, with the committed imports made after it (they must be undone first).
MATCH (j:ImportJob {id: $id})
RETURN j.id AS id, j.status AS status, j.mode AS mode, toString(j.startedAt) AS startedAt, j.by AS by, j.summary AS summary,
       toString(j.undoneAt) AS undoneAt, j.undoneBy AS undoneBy,
       COLLECT { MATCH (k:ImportJob) WHERE k.status IN ['committed', 'staging', 'undoing'] AND k.startedAt > j.startedAt RETURN k.id ORDER BY k.startedAt } AS newer
