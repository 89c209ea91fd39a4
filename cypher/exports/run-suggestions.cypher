// Every suggestion of one run in rank order, with the decision on its pair if one was taken (for
// the analysts' exports: suggestions as edges in GEXF/GraphML, and the suggestions CSV). A run's
// explanation is its `details` (signals, reasons and evidence in one JSON string) and its id is
// derived; runs stored before carry id, signals, reasonsNl, reasonsEn and evidence instead.
MATCH (s:Suggestion)
WHERE s.runId = $runId AND s.rank IS NOT NULL
OPTIONAL MATCH (d:Decision {pairKey: coalesce(s.pairKey, s.a + '|' + s.b)})
OPTIONAL MATCH (pa:Project {id: s.a})
OPTIONAL MATCH (pb:Project {id: s.b})
RETURN pa.name AS aName, pb.name AS bName, s.id AS id, s.runId AS runId, s.a AS a, s.b AS b, s.rank AS rank, s.score AS score, s.diagonal AS diagonal,
       s.details AS details, s.signals AS signals, s.reasonsNl AS reasonsNl, s.reasonsEn AS reasonsEn, s.evidence AS evidence,
       d.decision AS decision
ORDER BY s.rank
