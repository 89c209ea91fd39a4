// The communities of a run in which each of some partners takes part through a network the reader
// may see (a network is hidden when its status is in $hiddenStatuses): a broker shown to a
// community must belong to it through a visible network, not only through a planned one.
UNWIND $partners AS pid
MATCH (:Partner {id: pid})-[:PARTICIPATES_IN]->(p:Project)-[c:IN_COMMUNITY]->(:AnalysisRun {id: $runId})
WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
RETURN pid AS partner, collect(DISTINCT c.label) AS communities
