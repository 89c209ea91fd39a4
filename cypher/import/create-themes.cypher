// Creates one batch of themes that the import found not yet stored (cheaper than MERGE; the
// uniqueness constraint still guards against a concurrent writer).
UNWIND $rows AS row
CREATE (n:Theme {id: row.id})
SET n += row.props
