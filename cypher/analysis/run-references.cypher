// A run, and how many decisions (or events in their history) refer to it.
MATCH (r:AnalysisRun {id: $id})
RETURN r.id AS id, r.status AS status,
       COUNT { MATCH (d:Decision) WHERE d.runId = r.id } + COUNT { MATCH (e:DecisionEvent) WHERE e.runId = r.id } AS decisions
