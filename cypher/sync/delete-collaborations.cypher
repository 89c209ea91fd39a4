// Sync: removes collaborations that the file no longer lists, never one an accepted suggestion made.
UNWIND $rows AS row
MATCH (:Project {id: row.from})-[r:COLLABORATES_WITH]->(:Project {id: row.to})
WHERE coalesce(r.source, '') <> 'suggestion'
DELETE r
