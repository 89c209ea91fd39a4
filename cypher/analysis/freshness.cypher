// What cached analysis reads depend on, in one cheap query: the latest complete run, and how many
// decisions there are and when the last was taken (a decision hides its pair from every list).
RETURN COLLECT {
         MATCH (r:AnalysisRun {status: 'complete'})
         RETURN r {.*, communityNames: null} ORDER BY r.startedAt DESC, r.id DESC LIMIT 1
       } AS latest,
       COUNT { (:Decision) } AS decisions,
       COLLECT { MATCH (d:Decision) RETURN max(d.decidedAt) } AS lastDecision
