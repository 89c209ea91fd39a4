// bench:import's anchor: a bare UNWIND … MERGE of projects, no validation, no journal.
UNWIND $rows AS row
MERGE (n:Project {id: row.id})
SET n += row
