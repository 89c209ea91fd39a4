// A pair's decision as it stands, read after its lock is taken (so what a concurrent decision
// committed is seen): its version (older decisions count their events), its history in order with
// each event's element id (to mark the one an undo reverts), and whether both networks still exist.
MATCH (d:Decision {pairKey: $pairKey})
OPTIONAL MATCH (a:Project {id: d.a})
OPTIONAL MATCH (b:Project {id: d.b})
RETURN d {.*, version: coalesce(d.version, COUNT { (d)-[:HAS_EVENT]->() }), aName: a.name, bName: b.name,
          history: COLLECT { MATCH (d)-[:HAS_EVENT]->(e) RETURN e {.*, ref: elementId(e)} ORDER BY coalesce(e.version, 0), e.at }} AS decision,
       a IS NOT NULL AS aExists, b IS NOT NULL AS bExists
