// What the theme report needs around one theme besides its networks (theme-networks): the other
// themes its networks address with how many networks combine each, confirmed collaborations among
// its networks (the picture's lines), and its networks' distinct partners grouped by kind, size
// and where they are active (the complementarity axes; as health-theme-partners per theme), each
// as one list. Networks with a status in $hiddenStatuses count for nothing here.
MATCH (t:Theme {id: $themeId})
CALL (t) {
  MATCH (t)<-[:ADDRESSES]-(p:Project)-[:ADDRESSES]->(o:Theme)
  WHERE o <> t AND NOT coalesce(p.status, '') IN $hiddenStatuses
  WITH o, count(DISTINCT p) AS shared
  RETURN collect([o.id, shared]) AS related
}
CALL (t) {
  MATCH (t)<-[:ADDRESSES]-(p:Project)-[:COLLABORATES_WITH]->(q:Project)-[:ADDRESSES]->(t)
  WHERE NOT coalesce(p.status, '') IN $hiddenStatuses AND NOT coalesce(q.status, '') IN $hiddenStatuses
  RETURN collect([p.id, q.id]) AS collaborations
}
CALL (t) {
  MATCH (t)<-[:ADDRESSES]-(p:Project)<-[:PARTICIPATES_IN]-(pa:Partner)
  WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
  WITH DISTINCT pa
  WITH pa.kind AS kind, pa.size AS size, pa.activeIn AS activeIn, count(pa) AS n
  RETURN collect({kind: kind, size: size, activeIn: activeIn, n: n}) AS partners
}
RETURN related, collaborations, partners,
       COUNT { MATCH (t)<-[:ABOUT]-(o:Outcome) WHERE $hiddenStatuses = [] OR NOT EXISTS { (o)<-[:PRODUCED]-(:Project) }
               OR EXISTS { MATCH (o)<-[:PRODUCED]-(p:Project) WHERE NOT coalesce(p.status, '') IN $hiddenStatuses } } AS outcomes
