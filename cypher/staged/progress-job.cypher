// A staged import's progress, written in each batch's own transaction (so `done` counts only what
// was committed); the heartbeat tells another host's recovery that the writer is still alive.
MATCH (j:ImportJob {id: $id, status: 'staging'})
SET j.done = $done, j.heartbeatAt = datetime()
RETURN j.id AS id
