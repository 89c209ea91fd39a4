// Creates or updates one batch of projects: the row's properties replace the stored ones it names.
UNWIND $rows AS row
MERGE (n:Project {id: row.id})
SET n += row.props
