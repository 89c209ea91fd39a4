// The graph's structure for reports and exports: the analysis projection (analysis/projection)
// without the long texts (project descriptions, outcome summaries) that only the text similarity
// reads, so that reading a whole programme's graph moves a fraction of the bytes.
MATCH (t:Theme)
RETURN 'theme' AS kind, t.id AS a, null AS b, t {.nameNl, .nameEn, .description} AS props
UNION ALL
MATCH (p:Project)
RETURN 'project' AS kind, p.id AS a, null AS b, p {.name, .status, .region, .start, .end} AS props
UNION ALL
MATCH (pa:Partner)
RETURN 'partner' AS kind, pa.id AS a, null AS b, pa {.name, .kind, .sector, .region, .size, .activeIn} AS props
UNION ALL
MATCH (o:Outcome)
RETURN 'outcome' AS kind, o.id AS a, null AS b, o {.title, .kind, .date, .url} AS props
UNION ALL
MATCH (p:Project)-[r:ADDRESSES]->(t:Theme)
RETURN 'ADDRESSES' AS kind, p.id AS a, t.id AS b, r {.weight} AS props
UNION ALL
MATCH (pa:Partner)-[r:PARTICIPATES_IN]->(p:Project)
RETURN 'PARTICIPATES_IN' AS kind, pa.id AS a, p.id AS b, r {.role} AS props
UNION ALL
MATCH (p:Project)-[:PRODUCED]->(o:Outcome)
RETURN 'PRODUCED' AS kind, p.id AS a, o.id AS b, null AS props
UNION ALL
MATCH (o:Outcome)-[:ABOUT]->(t:Theme)
RETURN 'ABOUT' AS kind, o.id AS a, t.id AS b, null AS props
UNION ALL
MATCH (p:Project)-[r:COLLABORATES_WITH]->(q:Project)
RETURN 'COLLABORATES_WITH' AS kind, p.id AS a, q.id AS b, r {.since, .source} AS props
