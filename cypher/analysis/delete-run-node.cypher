// Removes a run node (its results are gone already) with its community memberships, unless a
// decision refers to it meanwhile.
MATCH (r:AnalysisRun {id: $id})
WHERE NOT EXISTS { MATCH (d:Decision) WHERE d.runId = r.id }
  AND NOT EXISTS { MATCH (e:DecisionEvent) WHERE e.runId = r.id }
DETACH DELETE r
RETURN count(*) AS deleted
