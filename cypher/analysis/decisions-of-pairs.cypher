// The decisions already taken on these pairs, with their version and history: a pair suggested
// again after a rejection (its data changed) or an undo carries what was decided before, and the
// version a client sends back when it decides.
UNWIND $pairKeys AS key
MATCH (d:Decision {pairKey: key})
WHERE d.decidedAt IS NOT NULL
RETURN d {.*, version: coalesce(d.version, COUNT { (d)-[:HAS_EVENT]->() }),
          history: COLLECT { MATCH (d)-[:HAS_EVENT]->(e) RETURN e {.*} ORDER BY coalesce(e.version, 0), e.at }} AS decision
