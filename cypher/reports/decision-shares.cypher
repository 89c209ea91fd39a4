// How the suggestions of one run were decided: accepted, rejected, or still open (no decision on
// the pair). One Decision per pair, found through its unique pairKey.
MATCH (s:Suggestion)
WHERE s.runId = $runId AND s.rank IS NOT NULL
OPTIONAL MATCH (d:Decision {pairKey: s.pairKey})
RETURN count(s) AS total,
       count(CASE WHEN d.decision = 'accepted' THEN 1 END) AS accepted,
       count(CASE WHEN d.decision = 'rejected' THEN 1 END) AS rejected
