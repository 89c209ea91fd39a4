// The audit record of a finished import, on its job: who, from which files, what it changed.
MATCH (j:ImportJob {id: $id})
SET j.by = $by, j.files = $files, j.mode = $mode, j.sync = $sync, j.summary = $summary, j.changes = $changes
RETURN j.id AS id
