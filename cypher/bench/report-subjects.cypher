// What the reports benchmark reports on: the theme most networks address and the network the run
// suggests most often (one theme report, one recommendation letter on a large graph).
CALL () {
  MATCH (t:Theme)
  WITH t, COUNT { (:Project)-[:ADDRESSES]->(t) } AS networks
  RETURN t.id AS theme ORDER BY networks DESC, theme LIMIT 1
}
CALL () {
  MATCH (r:AnalysisRun {status: 'complete'})
  WITH r ORDER BY r.startedAt DESC, r.id DESC LIMIT 1
  MATCH (s:Suggestion {runId: r.id})
  UNWIND [s.a, s.b] AS project
  WITH project, count(*) AS n
  RETURN project ORDER BY n DESC, project LIMIT 1
}
RETURN theme, project
