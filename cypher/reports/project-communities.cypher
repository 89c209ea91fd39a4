// The community label of some projects in one run, as parallel lists in one record.
UNWIND $projects AS id
MATCH (p:Project {id: id})-[c:IN_COMMUNITY]->(:AnalysisRun {id: $runId})
RETURN collect(p.id) AS ids, collect(c.label) AS labels
