// A batch of community memberships of one run: (:Project)-[:IN_COMMUNITY {label}]->(:AnalysisRun).
MATCH (r:AnalysisRun {id: $runId})
UNWIND $rows AS row
MATCH (p:Project {id: row.project})
CREATE (p)-[:IN_COMMUNITY {label: toInteger(row.label)}]->(r)
RETURN count(*) AS written
