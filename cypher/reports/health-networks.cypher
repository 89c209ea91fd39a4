// Every network with its name, its degree (partners, themes, outcomes and collaborations, from the
// store's degree counts) and the themes it addresses: records of up to 100 rows [id, name, degree,
// themes]. Tens of thousands of networks cost a few hundred records, each small enough for the
// driver's fast path (see analysis/run-suggestion-ranks).
MATCH (p:Project)
WITH collect([p.id, p.name, COUNT { (p)-[:PARTICIPATES_IN|ADDRESSES|PRODUCED|COLLABORATES_WITH]-() },
              COLLECT { MATCH (p)-[:ADDRESSES]->(t:Theme) RETURN t.id }]) AS xs
UNWIND range(0, size(xs) - 1, 100) AS i
RETURN xs[i..i + 100] AS rows
