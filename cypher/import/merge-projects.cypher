// Creates or updates one batch of projects: the row's properties replace the stored ones it names;
// addedAt (when Diagonal first stored it, for the newsletter digest) is set once.
UNWIND $rows AS row
MERGE (n:Project {id: row.id})
SET n += row.props, n.addedAt = coalesce(n.addedAt, datetime())
