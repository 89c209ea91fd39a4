// The one small transaction that makes a staged import final: from here on it is never undone.
MATCH (j:ImportJob {id: $id, status: 'staging'})
SET j.status = 'committed', j.finishedAt = datetime()
RETURN j.id AS id
