// Undoes one batch of a sync's removals of relationships: each is created again between its two
// endpoints, found by label and id (nodes a sync removed are restored first), with its type and
// properties.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
CALL (u) {
  WITH u,
    COLLECT {
      MATCH (n:Project) WHERE u.importFromLabel = 'Project' AND n.id = u.importFromKey RETURN n
      UNION MATCH (n:Theme) WHERE u.importFromLabel = 'Theme' AND n.id = u.importFromKey RETURN n
      UNION MATCH (n:Partner) WHERE u.importFromLabel = 'Partner' AND n.id = u.importFromKey RETURN n
      UNION MATCH (n:Outcome) WHERE u.importFromLabel = 'Outcome' AND n.id = u.importFromKey RETURN n
      UNION MATCH (n:AnalysisRun) WHERE u.importFromLabel = 'AnalysisRun' AND n.id = u.importFromKey RETURN n
    } AS from,
    COLLECT {
      MATCH (n:Project) WHERE u.importToLabel = 'Project' AND n.id = u.importToKey RETURN n
      UNION MATCH (n:Theme) WHERE u.importToLabel = 'Theme' AND n.id = u.importToKey RETURN n
      UNION MATCH (n:Partner) WHERE u.importToLabel = 'Partner' AND n.id = u.importToKey RETURN n
      UNION MATCH (n:Outcome) WHERE u.importToLabel = 'Outcome' AND n.id = u.importToKey RETURN n
      UNION MATCH (n:AnalysisRun) WHERE u.importToLabel = 'AnalysisRun' AND n.id = u.importToKey RETURN n
    } AS to
  WITH u, from[0] AS a, to[0] AS b
  WHERE a IS NOT NULL AND b IS NOT NULL
  CREATE (a)-[r:$(u.importType)]->(b)
  SET r = properties(u)
  REMOVE r.importJob, r.importSeq, r.importKind, r.importType, r.importFromLabel, r.importFromKey, r.importToLabel, r.importToKey
}
DELETE u
