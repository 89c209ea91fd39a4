// Creates one batch of partners that the import found not yet stored (cheaper than MERGE; the
// uniqueness constraint still guards against a concurrent writer).
UNWIND $rows AS row
CREATE (n:Partner {id: row.id})
SET n += row.props
