// Creates one batch of projects that the import found not yet stored (cheaper than MERGE; the
// uniqueness constraint still guards against a concurrent writer).
UNWIND $rows AS row
CREATE (n:Project {id: row.id})
SET n += row.props, n.addedAt = datetime()
