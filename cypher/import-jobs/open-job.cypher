// The journal of an import written in one transaction, created in that transaction: the job is
// committed with the import's rows, or not at all. Its entries (:ImportUndo) let it be undone.
CREATE (j:ImportJob {id: $id, status: 'committed', mode: $mode, writer: $writer, startedAt: datetime(), heartbeatAt: datetime(),
  finishedAt: datetime(), total: $total, done: $total})
