// Bumps the change counter after an import or an entity change was committed, so every process
// that caches derived data under the data version sees that it changed. The epoch is new whenever
// the node is (a database emptied and filled again never repeats an old version).
MERGE (v:DataVersion {id: 'graph'})
  ON CREATE SET v.epoch = randomUUID()
SET v.counter = coalesce(v.counter, 0) + 1, v.kind = $kind, v.changedAt = datetime()
RETURN v.counter AS counter
