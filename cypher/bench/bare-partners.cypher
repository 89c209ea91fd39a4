// bench:import's anchor: a bare UNWIND … MERGE of partners, no validation, no journal.
UNWIND $rows AS row
MERGE (n:Partner {id: row.id})
SET n += row
