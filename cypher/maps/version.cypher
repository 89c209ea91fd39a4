// What a map depends on, in one cheap read: the latest complete run (never one still being
// written) and the decisions taken (a decided suggestion leaves the map).
RETURN COLLECT {
         MATCH (r:AnalysisRun {status: 'complete'})
         RETURN r.id ORDER BY r.startedAt DESC, r.id DESC LIMIT 1
       } AS latest,
       COUNT { (:Decision) } AS decisions,
       COLLECT { MATCH (d:Decision) RETURN max(d.decidedAt) } AS lastDecision
