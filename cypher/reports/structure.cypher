// The graph's structure for reports and exports: the analysis projection (analysis/projection)
// without the long texts (project descriptions, outcome summaries) that only the text similarity
// reads, so that reading a whole programme's graph moves a fraction of the bytes. Rows as
// analysis/projection has them, every kind in records of up to 200 rows.
MATCH (t:Theme)
WITH collect(['theme', t.id, null, t {.nameNl, .nameEn, .description}]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (p:Project)
WITH collect(['project', p.id, null, p {.name, .status, .region, .start, .end}]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (pa:Partner)
WITH collect(['partner', pa.id, null, pa {.name, .kind, .sector, .region, .size, .activeIn}]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (o:Outcome)
WITH collect(['outcome', o.id, null, o {.title, .kind, .date, .url}]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (p:Project)-[r:ADDRESSES]->(t:Theme)
WITH collect(['ADDRESSES', p.id, t.id, r {.weight}]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (pa:Partner)-[r:PARTICIPATES_IN]->(p:Project)
WITH collect(['PARTICIPATES_IN', pa.id, p.id, r {.role}]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (p:Project)-[:PRODUCED]->(o:Outcome)
WITH collect(['PRODUCED', p.id, o.id, null]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (o:Outcome)-[:ABOUT]->(t:Theme)
WITH collect(['ABOUT', o.id, t.id, null]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (p:Project)-[r:COLLABORATES_WITH]->(q:Project)
WITH collect(['COLLABORATES_WITH', p.id, q.id, r {.since, .source}]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
