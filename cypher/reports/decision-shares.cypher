// How suggestions were decided, from the decisions themselves: every pair's latest word, accepted
// or rejected (a decided pair is not suggested again, so a later run's suggestions would never show
// it), and the run's suggestions nobody decided on yet (or whose decision was undone) as open. One Decision per pair, found
// through its unique pairKey.
CALL () {
  MATCH (d:Decision)
  RETURN count(CASE WHEN d.decision = 'accepted' THEN 1 END) AS accepted,
         count(CASE WHEN d.decision = 'rejected' THEN 1 END) AS rejected
}
CALL () {
  MATCH (s:Suggestion)
  WHERE s.runId = $runId AND s.rank IS NOT NULL AND NOT EXISTS { MATCH (d:Decision {pairKey: coalesce(s.pairKey, s.a + '|' + s.b)}) WHERE d.decision IS NOT NULL }
  RETURN count(s) AS open
}
RETURN accepted + rejected + open AS total, accepted, rejected, open
