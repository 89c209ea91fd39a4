// Creates or updates one batch of themes: the row's properties replace the stored ones it names.
UNWIND $rows AS row
MERGE (n:Theme {id: row.id})
SET n += row.props
