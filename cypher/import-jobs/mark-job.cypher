// Moves an import job to another status (committed → undoing → undone, or committed → expired),
// only from the status the caller saw, so two undos of one import cannot both run.
MATCH (j:ImportJob {id: $id, status: $from})
SET j.status = $to, j.writer = $writer, j.heartbeatAt = datetime(),
    j.undoneAt = CASE WHEN $to = 'undone' THEN datetime() ELSE j.undoneAt END,
    j.undoneBy = CASE WHEN $to IN ['undoing', 'undone'] THEN coalesce($by, j.undoneBy) ELSE j.undoneBy END
RETURN j.id AS id
