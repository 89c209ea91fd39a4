// What the theme report needs around one theme besides its networks (theme-networks): the other
// themes its networks address with how many networks combine each, confirmed collaborations among
// its networks (the picture's lines), and its networks' distinct partners grouped by kind, size
// and where they are active (the complementarity axes; as health-theme-partners per theme), each
// as one list.
MATCH (t:Theme {id: $themeId})
CALL (t) {
  MATCH (t)<-[:ADDRESSES]-(p:Project)-[:ADDRESSES]->(o:Theme)
  WHERE o <> t
  WITH o, count(DISTINCT p) AS shared
  RETURN collect([o.id, shared]) AS related
}
CALL (t) {
  MATCH (t)<-[:ADDRESSES]-(p:Project)-[:COLLABORATES_WITH]->(q:Project)-[:ADDRESSES]->(t)
  RETURN collect([p.id, q.id]) AS collaborations
}
CALL (t) {
  MATCH (t)<-[:ADDRESSES]-(:Project)<-[:PARTICIPATES_IN]-(pa:Partner)
  WITH DISTINCT pa
  WITH pa.kind AS kind, pa.size AS size, pa.activeIn AS activeIn, count(pa) AS n
  RETURN collect({kind: kind, size: size, activeIn: activeIn, n: n}) AS partners
}
RETURN related, collaborations, partners, COUNT { (t)<-[:ABOUT]-(:Outcome) } AS outcomes
