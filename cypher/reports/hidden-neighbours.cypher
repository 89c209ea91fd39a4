// What the reader may not see besides hidden networks themselves: partners that take part only in
// networks with a hidden status, outcomes only such networks produced, and the themes a hidden
// network addresses (a finding about such a theme counted that network). Starts from the hidden
// networks, so it touches nothing when none is hidden. The visibility rule is the one the maps and
// the entity lists use: a network is hidden when its status is in $hiddenStatuses.
CALL () {
  MATCH (p:Project)<-[:PARTICIPATES_IN]-(pa:Partner)
  WHERE p.status IN $hiddenStatuses
    AND NOT EXISTS { MATCH (pa)-[:PARTICIPATES_IN]->(q:Project) WHERE NOT coalesce(q.status, '') IN $hiddenStatuses }
  RETURN collect(DISTINCT pa.id) AS partners
}
CALL () {
  MATCH (p:Project)-[:PRODUCED]->(o:Outcome)
  WHERE p.status IN $hiddenStatuses
    AND NOT EXISTS { MATCH (q:Project)-[:PRODUCED]->(o) WHERE NOT coalesce(q.status, '') IN $hiddenStatuses }
  RETURN collect(DISTINCT o.id) AS outcomes
}
CALL () {
  MATCH (p:Project)-[:ADDRESSES]->(t:Theme)
  WHERE p.status IN $hiddenStatuses
  RETURN collect(DISTINCT t.id) AS themes
}
RETURN partners, outcomes, themes
