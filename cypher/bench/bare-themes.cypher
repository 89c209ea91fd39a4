// bench:import's anchor: a bare UNWIND … MERGE of themes, no validation, no journal.
UNWIND $rows AS row
MERGE (n:Theme {id: row.id})
SET n += row
