// Committed imports beyond the newest $keep: their journals are pruned (they can no longer be undone).
MATCH (j:ImportJob {status: 'committed'})
WITH j ORDER BY j.startedAt DESC, j.id DESC
SKIP $keep
RETURN j.id AS id
