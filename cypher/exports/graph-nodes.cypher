// The nodes of the streamed graph export (GEXF, GraphML, JSON): themes, networks, partners and
// outcomes, in that order, as records of [type, rows] holding up to 100 nodes of one type each:
// 67k one-node records cost the client three times as much to read, and records far larger than
// this take the driver's slow path for messages of many chunks (see analysis/run-suggestion-ranks).
// A row is the fields that may leave Diagonal, in a fixed order per type (never
// enterprise numbers, name keys or notes; see services/graph-export.ts): [id, …fields], a
// network's row ending with its themes as one sorted "a;b" string and its community in $runId.
// Networks with a status in $hiddenStatuses are left out, and so are partners and outcomes
// reachable only through them. Defaults as the analysis graph has them. Each type is gathered on
// the server before it is cut into records: a few megabytes for a whole EU programme.
CALL {
  MATCH (t:Theme)
  RETURN 'theme' AS type, collect([t.id, t.nameNl, t.nameEn, t.description]) AS members
  UNION ALL
  MATCH (p:Project)
  WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses
  WITH p, COLLECT { MATCH (p)-[:ADDRESSES]->(t:Theme) RETURN t.id AS id ORDER BY id } AS themes
  RETURN 'project' AS type, collect([p.id, p.name, coalesce(p.status, 'active'), p.region, toString(p.start), toString(p.end),
         reduce(s = '', t IN themes | s + CASE s WHEN '' THEN '' ELSE ';' END + t),
         CASE WHEN $runId IS NULL THEN null ELSE COLLECT { MATCH (p)-[c:IN_COMMUNITY]->(r:AnalysisRun) WHERE r.id = $runId RETURN c.label }[0] END]) AS members
  UNION ALL
  MATCH (pa:Partner)
  WHERE size($hiddenStatuses) = 0 OR EXISTS { (pa)-[:PARTICIPATES_IN]->(p:Project) WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses }
  RETURN 'partner' AS type, collect([pa.id, pa.name, pa.kind, pa.sector, pa.region, pa.size, coalesce(pa.activeIn, 'north')]) AS members
  UNION ALL
  MATCH (o:Outcome)
  WHERE size($hiddenStatuses) = 0 OR EXISTS { (p:Project)-[:PRODUCED]->(o) WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses }
  RETURN 'outcome' AS type, collect([o.id, o.title, o.kind, toString(o.date), o.url]) AS members
}
UNWIND range(0, size(members) - 1, 100) AS i
RETURN type, members[i..i + 100] AS rows
