// The nodes of the streamed graph export (GEXF, GraphML, JSON), one compact record each as they are
// read (themes, networks, partners, outcomes, in that order): the fields that may leave Diagonal as
// a list in a fixed order per type (never enterprise numbers, name keys or notes; see
// services/graph-export.ts), a network's themes as one sorted "a;b" string and its community in
// $runId. Lists instead of maps: the client decodes no keys per record. Networks with a status in
// $hiddenStatuses are left out, and so are partners and outcomes reachable only through them.
// Defaults as the analysis graph has them.
MATCH (t:Theme)
RETURN 'theme' AS type, t.id AS id, [t.nameNl, t.nameEn, t.description] AS fields, null AS themes, null AS community
UNION ALL
MATCH (p:Project)
WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses
WITH p, COLLECT { MATCH (p)-[:ADDRESSES]->(t:Theme) RETURN t.id AS id ORDER BY id } AS themes
RETURN 'project' AS type, p.id AS id, [p.name, coalesce(p.status, 'active'), p.region, toString(p.start), toString(p.end)] AS fields,
       reduce(s = '', t IN themes | s + CASE s WHEN '' THEN '' ELSE ';' END + t) AS themes,
       CASE WHEN $runId IS NULL THEN null ELSE COLLECT { MATCH (p)-[c:IN_COMMUNITY]->(r:AnalysisRun) WHERE r.id = $runId RETURN c.label }[0] END AS community
UNION ALL
MATCH (pa:Partner)
WHERE size($hiddenStatuses) = 0 OR EXISTS { (pa)-[:PARTICIPATES_IN]->(p:Project) WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses }
RETURN 'partner' AS type, pa.id AS id, [pa.name, pa.kind, pa.sector, pa.region, pa.size, coalesce(pa.activeIn, 'north')] AS fields, null AS themes, null AS community
UNION ALL
MATCH (o:Outcome)
WHERE size($hiddenStatuses) = 0 OR EXISTS { (p:Project)-[:PRODUCED]->(o) WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses }
RETURN 'outcome' AS type, o.id AS id, [o.title, o.kind, toString(o.date), o.url] AS fields, null AS themes, null AS community
