// What merging $drop into $keep would move: the dropped partner's networks (those the kept one is
// not yet in, and those both are in) and the aliases it already carries. Either side may be absent.
OPTIONAL MATCH (keep:Partner {id: $keep})
OPTIONAL MATCH (drop:Partner {id: $drop})
RETURN keep {.id, .name} AS keep, drop {.id, .name} AS drop,
  COLLECT { MATCH (drop)-[:PARTICIPATES_IN]->(p:Project) WHERE NOT EXISTS { (keep)-[:PARTICIPATES_IN]->(p) } RETURN p.id ORDER BY p.id } AS moved,
  COLLECT { MATCH (drop)-[:PARTICIPATES_IN]->(p:Project) WHERE EXISTS { (keep)-[:PARTICIPATES_IN]->(p) } RETURN p.id ORDER BY p.id } AS shared,
  COLLECT { MATCH (a:MergedPartner {mergedInto: $drop}) RETURN a.id ORDER BY a.id } AS aliases,
  COLLECT { MATCH (drop)-[:PARTICIPATES_IN]->(p:Project) RETURN [p.id, p.name] } AS names
