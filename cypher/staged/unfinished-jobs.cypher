// Imports not finished: still staging, or being undone (to undo, or finish undoing, when the writer
// is gone or silent since $before). Committed imports keep their journal until it is pruned.
MATCH (j:ImportJob)
WHERE j.status IN ['staging', 'undoing']
RETURN j.id AS id, j.status AS status, j.writer AS writer, j.heartbeatAt < datetime($before) AS silent
ORDER BY j.startedAt
