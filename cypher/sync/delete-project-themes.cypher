// Sync: removes project–theme links that the file no longer lists.
UNWIND $rows AS row
MATCH (:Project {id: row.project})-[r:ADDRESSES]->(:Theme {id: row.theme})
DELETE r
