// Staged imports not finished: still staging (to undo when the writer is gone or silent since
// $before), or committed with journal left to clear.
MATCH (j:ImportJob)
RETURN j.id AS id, j.status AS status, j.writer AS writer, j.heartbeatAt < datetime($before) AS silent
ORDER BY j.startedAt
