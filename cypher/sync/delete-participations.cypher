// Sync: removes participations that the file no longer lists.
UNWIND $rows AS row
MATCH (:Partner {id: row.partner})-[r:PARTICIPATES_IN]->(:Project {id: row.project})
DELETE r
