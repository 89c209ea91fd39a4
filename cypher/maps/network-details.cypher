// What a public map's click panel and filters show of each of $ids (networks on the map): how many
// partners, its themes with their names, and its outcomes with their links.
UNWIND $ids AS pid
MATCH (p:Project {id: pid})
RETURN p.id AS id,
  COUNT { (p)<-[:PARTICIPATES_IN]-(:Partner) } AS partners,
  [(p)-[:ADDRESSES]->(t:Theme) | {id: t.id, nameNl: t.nameNl, nameEn: t.nameEn}] AS themes,
  [(p)-[:PRODUCED]->(o:Outcome) | {title: o.title, url: o.url}] AS outcomes
ORDER BY id
