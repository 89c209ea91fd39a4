// Per theme: its networks, the outcomes about it, and its networks' distinct partners grouped by
// kind, size and where they are active (what the complementarity axes need), aggregated here so
// that no partner is read one by one.
MATCH (t:Theme)
CALL (t) {
  MATCH (t)<-[:ADDRESSES]-(:Project)<-[:PARTICIPATES_IN]-(pa:Partner)
  WITH DISTINCT pa
  WITH pa.kind AS kind, pa.size AS size, pa.activeIn AS activeIn, count(*) AS n
  RETURN collect({kind: kind, size: size, activeIn: activeIn, n: n}) AS partners
}
RETURN t.id AS id, t.nameNl AS nameNl, t.nameEn AS nameEn,
       COUNT { (t)<-[:ADDRESSES]-(:Project) } AS networks, COUNT { (t)<-[:ABOUT]-(:Outcome) } AS outcomes, partners
