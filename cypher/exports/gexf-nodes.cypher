// The nodes of the streamed graph export, one record each as they are read (themes, networks,
// partners, outcomes, in that order) with only the fields that may leave Diagonal: never
// enterprise numbers, name keys or notes. Networks with a status in $hiddenStatuses are left out,
// and so are partners and outcomes reachable only through them. Defaults as the analysis graph has them.
MATCH (t:Theme)
RETURN 'theme' AS type, t.id AS id, t {.nameNl, .nameEn, .description} AS props
UNION ALL
MATCH (p:Project)
WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses
RETURN 'project' AS type, p.id AS id, {name: p.name, status: coalesce(p.status, 'active'), region: p.region, start: toString(p.start), end: toString(p.end)} AS props
UNION ALL
MATCH (pa:Partner)
WHERE size($hiddenStatuses) = 0 OR EXISTS { (pa)-[:PARTICIPATES_IN]->(p:Project) WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses }
RETURN 'partner' AS type, pa.id AS id, {name: pa.name, kind: pa.kind, sector: pa.sector, region: pa.region, size: pa.size, activeIn: coalesce(pa.activeIn, 'north')} AS props
UNION ALL
MATCH (o:Outcome)
WHERE size($hiddenStatuses) = 0 OR EXISTS { (p:Project)-[:PRODUCED]->(o) WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses }
RETURN 'outcome' AS type, o.id AS id, {title: o.title, kind: o.kind, date: toString(o.date), url: o.url} AS props
