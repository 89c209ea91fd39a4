// The analysis graph in one streamed result: every node, then every relationship, as rows of
// [kind, a, b, props], each with only the properties the analysis graph holds. Nodes come first,
// so the service can add every edge as it arrives. Rows travel in records of up to 200 (records
// of one row each cost the client more than the graph it builds; see db/session.ts readRows),
// except a network's, one per record: its description may be long, and gathering every
// description on the server first would hold a whole programme's texts in its memory.
MATCH (t:Theme)
WITH collect(['theme', t.id, null, t {.nameNl, .nameEn, .description}]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (p:Project)
RETURN [['project', p.id, null, p {.name, .description, .status, .region, .start, .end, .endPrecision}]] AS rows
UNION ALL
MATCH (pa:Partner)
WITH collect(['partner', pa.id, null, pa {.name, .kind, .sector, .region, .size, .activeIn}]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (o:Outcome)
WITH collect(['outcome', o.id, null, o {.title, .kind, .summary, .date, .url}]) AS xs
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
