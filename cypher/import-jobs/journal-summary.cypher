// What undoing an import would do, from its journal: per kind of entry, how many and the first ids.
MATCH (u:ImportUndo {importJob: $id})
WITH u.importKind AS kind, u ORDER BY u.importSeq
WITH kind, count(u) AS entries,
     collect(CASE
       WHEN kind STARTS WITH 'created-' THEN u.ids
       WHEN kind = 'deleted-nodes' THEN [u.importLabels[0] + ' ' + u.id]
       WHEN kind = 'deleted-relationships' THEN [u.importType + ' ' + u.importFromKey + ' → ' + u.importToKey]
       WHEN kind IN ['stored-project-themes', 'stored-participations', 'stored-collaborations'] THEN [u.importFrom + ' → ' + u.importTo]
       ELSE [u.importKey] END) AS idLists
WITH kind, entries, reduce(all = [], l IN idLists | all + l) AS ids
RETURN kind, entries, size(ids) AS rows, ids[0..$first] AS first
ORDER BY kind
