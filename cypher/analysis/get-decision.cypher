// One pair's decision with both networks' names, its version and its full history (in order).
MATCH (d:Decision {pairKey: $pairKey})
WHERE d.decidedAt IS NOT NULL
OPTIONAL MATCH (a:Project {id: d.a})
OPTIONAL MATCH (b:Project {id: d.b})
RETURN d {.*, version: coalesce(d.version, COUNT { (d)-[:HAS_EVENT]->() }), aName: a.name, bName: b.name,
          history: COLLECT { MATCH (d)-[:HAS_EVENT]->(e) RETURN e {.*} ORDER BY coalesce(e.version, 0), e.at }} AS decision
