// The data version, in one cheap read: the change counter (bumped by imports and entity changes),
// the latest complete run (never one still being written) and the decisions taken (count from the
// count store, and the newest). Everything derived — views, maps, suggestion lists, opportunities,
// communities, reports — is cached under this version.
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN coalesce(v.epoch, '') AS epoch, coalesce(v.counter, 0) AS counter,
       COLLECT {
         MATCH (r:AnalysisRun {status: 'complete'})
         RETURN r {.*, communityNames: null} ORDER BY r.startedAt DESC, r.id DESC LIMIT 1
       } AS latest,
       COUNT { (:Decision) } AS decisions,
       COLLECT { MATCH (d:Decision) RETURN max(d.decidedAt) } AS lastDecision
