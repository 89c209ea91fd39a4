// The analysis graph in one streamed result: every node, then every relationship, as rows of
// [kind, a, b, values]. Dense, because decoding records is most of a projection's cost:
// - a node row is [kind, id, null, [v1, v2, …]], its properties as a list in the order
//   src/services/projection.ts names (NODE_FIELDS), not a map (no key to decode per value), and
//   dates as text here rather than converted one by one in the client;
// - relationships come grouped by their start node: [kind, a, [b1, b2, …], [x1, x2, …] or null],
//   the one property an analysis edge holds (ADDRESSES weight, PARTICIPATES_IN role) aligned with
//   the end nodes; COLLABORATES_WITH (rare, two properties) keeps one row per relationship with a map.
// Nodes come first, so the service adds every edge as it arrives. Rows travel in records of up to
// 200 (records of one row each cost the client more than the graph it builds; see db/session.ts
// readRows), except a network's, one per record: its description may be long, and gathering every
// description on the server first would hold a whole programme's texts in its memory.
MATCH (t:Theme)
WITH collect(['theme', t.id, null, [t.nameNl, t.nameEn, t.description]]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (p:Project)
RETURN [['project', p.id, null, [p.name, p.description, p.status, p.region, toString(p.start), toString(p.end), p.endPrecision]]] AS rows
UNION ALL
MATCH (pa:Partner)
WITH collect(['partner', pa.id, null, [pa.name, pa.kind, pa.sector, pa.region, pa.size, pa.activeIn]]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (o:Outcome)
WITH collect(['outcome', o.id, null, [o.title, o.kind, o.summary, toString(o.date), o.url]]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (p:Project)-[r:ADDRESSES]->(t:Theme)
WITH p, collect(t.id) AS ts, collect(r.weight) AS ws
WITH collect(['ADDRESSES', p.id, ts, ws]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (pa:Partner)-[r:PARTICIPATES_IN]->(p:Project)
WITH pa, collect(p.id) AS ps, collect(r.role) AS roles
WITH collect(['PARTICIPATES_IN', pa.id, ps, roles]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (p:Project)-[:PRODUCED]->(o:Outcome)
WITH p, collect(o.id) AS os
WITH collect(['PRODUCED', p.id, os, null]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (o:Outcome)-[:ABOUT]->(t:Theme)
WITH o, collect(t.id) AS ts
WITH collect(['ABOUT', o.id, ts, null]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
UNION ALL
MATCH (p:Project)-[r:COLLABORATES_WITH]->(q:Project)
WITH collect(['COLLABORATES_WITH', p.id, q.id, r {.since, .source}]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
