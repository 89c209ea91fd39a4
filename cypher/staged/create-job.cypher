// Opens a staged import's journal: the job stays "staging" (and its writes are undone at the next
// start or import) until commit-job marks it committed in one small transaction.
CREATE (j:ImportJob {id: $id, status: 'staging', writer: $writer, startedAt: datetime(), heartbeatAt: datetime(), total: $total, done: 0})
