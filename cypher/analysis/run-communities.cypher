// The community label of every project in one run.
MATCH (p:Project)-[c:IN_COMMUNITY]->(:AnalysisRun {id: $runId})
RETURN p.id AS project, p.name AS name, c.label AS label
ORDER BY label, project
