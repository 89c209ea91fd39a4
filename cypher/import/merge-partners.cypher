// Creates or updates one batch of partners: the row's properties replace the stored ones it names.
UNWIND $rows AS row
MERGE (n:Partner {id: row.id})
SET n += row.props
