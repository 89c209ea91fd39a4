// The decisions already taken on these pairs, with their history: a pair suggested again after a
// rejection (its data changed) carries what was decided before.
UNWIND $pairKeys AS key
MATCH (d:Decision {pairKey: key})
RETURN d {.*, history: COLLECT { MATCH (d)-[:HAS_EVENT]->(e) RETURN e {.*} ORDER BY e.at }} AS decision
