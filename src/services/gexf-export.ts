// The GEXF export streamed from Neo4j to a sink (a file, standard output, an HTTP response): nodes
// and edges are read one record at a time in one read transaction and written as they arrive
// (exports/gexf-stream.ts), so memory holds the run's per-network results, not the graph or the
// document. Same content as the in-memory export (export-graph.ts): labels, node types, themes,
// community and its names, best suggestion score, broker score, the run's suggestions as SUGGESTED
// edges with score, rank, reasons and decision, and seeded ForceAtlas2 positions when the graph is
// small enough to lay out here. The public view has no planned networks (nor what only they
// reach) and no analysis results. Everything that can fail with a clear message (an unknown run)
// is read before the first byte is written.
import type { Transaction } from "neo4j-driver";
import { UndirectedGraph } from "graphology";
import { cypher, integersToNumbers, readQuery, toNative } from "../db/index.ts";
import type { DiagonalGraph } from "../analysis/graph.ts";
import { nameCommunities } from "../analysis/community-names.ts";
import { seededLayout } from "../analysis/network-layout.ts";
import { EXPORT_DEFAULTS, type ExportAttributes } from "../exports/export-graph.ts";
import { GexfStreamWriter, type GexfModel, type GexfSink } from "../exports/gexf-stream.ts";
import { hiddenStatuses, type Db, type Visibility } from "./entities/store.ts";
import { communityMap, getOpportunities, getRun, latestRun, storedCommunityNames } from "./analysis/queries.ts";
import type { StoredRun } from "./analysis/records.ts";
import { readNetworks } from "./reports/network-of-networks.ts";
import { noProgress, type ReportProgress } from "./reports/progress.ts";

const NODE_MODEL: GexfModel["node"] = [
  ["nodeType", "string"], ["id", "string"], ["nameNl", "string"], ["nameEn", "string"], ["description", "string"],
  ["name", "string"], ["status", "string"], ["region", "string"], ["start", "string"], ["end", "string"], ["themes", "string"],
  ["kind", "string"], ["sector", "string"], ["size", "string"], ["activeIn", "string"], ["title", "string"], ["date", "string"], ["url", "string"],
];
const RUN_NODE_MODEL: GexfModel["node"] = [["community", "integer"], ["communityNameNl", "string"], ["communityNameEn", "string"], ["bestSuggestionScore", "double"], ["suggestions", "integer"], ["brokerScore", "double"]];
const EDGE_MODEL: GexfModel["edge"] = [["type", "string"], ["role", "string"], ["since", "string"], ["source", "string"]];
const RUN_EDGE_MODEL: GexfModel["edge"] = [["suggestionId", "string"], ["rank", "integer"], ["score", "double"], ["diagonal", "boolean"], ["reasonsNl", "string"], ["reasonsEn", "string"], ["decision", "string"]];

type NodeRow = { type: "theme" | "project" | "partner" | "outcome"; id: string; props: Record<string, unknown> };
type EdgeRow = { type: string; source: string; target: string; props: Record<string, unknown> };
type SuggestionRow = { id: string; a: string; b: string; rank: number; score: number; diagonal: boolean | null; reasonsNl: string[] | null; reasonsEn: string[] | null; decision: string | null };

interface RunAttributes {
  run: StoredRun;
  community: Map<string, number>;
  names: Map<number, { nl: string; en: string }>;
  best: Map<string, { score: number; count: number }>;
  brokers: Map<string, number>;
}

/**
 * Reads each record of a query as it arrives, waiting for `each` (the sink) before the next. The
 * export queries return no temporal values (dates come as strings), so only integers are converted.
 */
async function forEachRecord<T>(tx: Transaction, query: string, params: Record<string, unknown>, each: (row: T) => Promise<void> | void): Promise<void> {
  const result = tx.run(cypher(query), params);
  for await (const record of result) {
    const row: Record<string, unknown> = {};
    for (const k of record.keys) row[k as string] = integersToNumbers(record.get(k));
    await each(row as T);
  }
}

const labelOf = (type: NodeRow["type"], id: string, p: Record<string, unknown>) => String((type === "theme" ? p.nameNl : type === "outcome" ? p.title : p.name) ?? id);

async function runAttributes(db: Db, run: StoredRun, graph: DiagonalGraph): Promise<RunAttributes> {
  const community = await communityMap(db, run.id);
  const named = (await storedCommunityNames(db, run.id)) ?? nameCommunities(graph, [...community].map(([projectId, c]) => ({ projectId, community: c })));
  const names = new Map(named.map((c) => [c.community, { nl: c.nameNl, en: c.nameEn }]));
  const [b] = await readQuery<{ ids: string[]; best: number[]; counts: number[] }>(db.driver, "exports/suggestion-best", { runId: run.id }, db.database);
  const best = new Map<string, { score: number; count: number }>();
  (b?.ids ?? []).forEach((id, i) => best.set(id, { score: b!.best[i]!, count: b!.counts[i]! }));
  const brokers = new Map((await getOpportunities(db, { kind: "broker", runId: run.id, limit: 500 })).map((o) => [o.subjects[0]!.id, Number(o.details.participationCoefficient ?? o.score)]));
  return { run, community, names, best, brokers };
}

function nodeAttributes(row: NodeRow, themes: Map<string, string[]>, r: RunAttributes | undefined): ExportAttributes {
  const a: ExportAttributes = { label: labelOf(row.type, row.id, row.props), nodeType: row.type, id: row.id };
  for (const [k, v] of Object.entries(row.props)) if (v !== null && v !== undefined) a[k] = typeof v === "number" || typeof v === "boolean" ? v : String(v);
  if (row.type === "project") {
    a.themes = (themes.get(row.id) ?? []).slice().sort().join(";");
    if (r) {
      const c = r.community.get(row.id);
      if (c !== undefined) {
        a.community = c;
        const name = r.names.get(c);
        if (name) { a.communityNameNl = name.nl; a.communityNameEn = name.en; }
      }
      const b = r.best.get(row.id);
      a.bestSuggestionScore = b?.score ?? 0;
      a.suggestions = b?.count ?? 0;
    }
  }
  if (row.type === "partner" && r) a.brokerScore = r.brokers.get(row.id) ?? 0;
  return a;
}

const edgeAttributes = (row: EdgeRow): ExportAttributes => {
  const e: ExportAttributes = { type: row.type };
  for (const [k, v] of Object.entries(row.props)) if (v !== null && v !== undefined) e[k] = typeof v === "number" ? v : String(v);
  return e;
};

const suggestionAttributes = (s: SuggestionRow): ExportAttributes => ({
  type: "SUGGESTED", suggestionId: s.id, rank: s.rank, score: s.score, diagonal: s.diagonal === true,
  reasonsNl: (s.reasonsNl ?? []).join("; "), reasonsEn: (s.reasonsEn ?? []).join("; "), decision: s.decision ?? "open",
});

export interface StreamedExport { nodes: number; edges: number; runId?: string }

/**
 * Writes the graph as GEXF to `sink`. `runId`: the run whose results go with it (analysts; default
 * the latest complete run). `begin` is called once everything that may fail with a message has
 * been read, just before the first byte.
 */
export async function streamGexf(
  db: Db,
  opts: { runId?: string; visibility: Visibility; begin?: () => void },
  sink: GexfSink,
  progress: ReportProgress = noProgress,
): Promise<StreamedExport> {
  const hidden = opts.visibility === "public" ? hiddenStatuses("public") : [];
  progress("analysis results", 0, 3);
  const run = opts.visibility === "public" ? undefined : opts.runId ? await getRun(db, opts.runId) : await latestRun(db);
  const { graph: networks } = await readNetworks(db);
  const results = run ? await runAttributes(db, run, networks) : undefined;
  const themes = new Map<string, string[]>();
  networks.forEachNode((key, a) => {
    if (a.type === "project") themes.set(a.id, networks.filterOutNeighbors(key, (_t, ta) => ta.type === "theme").map((t) => networks.getNodeAttribute(t, "id")));
  });
  const params = { hiddenStatuses: hidden };

  // Records come in batches of 10,000 (the driver's default is 1,000): fewer round trips, and the
  // driver still pauses the query while the sink is slow.
  const session = db.driver.session({ database: db.database, defaultAccessMode: "READ", fetchSize: 10_000 });
  try {
    // Not executeRead: a retried transaction would write its nodes twice. A read transaction on a
    // READ session is still routed to a reader on a cluster.
    const tx = await session.beginTransaction();
    try {
      const [{ n }] = (await tx.run(cypher("exports/gexf-count"), params)).records.map((r) => ({ n: Number(toNative(r.get("n"))) })) as [{ n: number }];
      const positions = n > 0 && n <= EXPORT_DEFAULTS.layoutMaxNodes ? await layout(tx, params, run?.id) : undefined;
      const meta: Record<string, string> = { creator: "Diagonal", ...(run ? { runId: run.id } : {}), layout: positions ? `ForceAtlas2 (LinLog), seed ${EXPORT_DEFAULTS.seed}` : `none: more than ${EXPORT_DEFAULTS.layoutMaxNodes} nodes, lay it out in Gephi` };
      const model: GexfModel = { node: [...NODE_MODEL, ...(results ? RUN_NODE_MODEL : [])], edge: [...EDGE_MODEL, ...(results ? RUN_EDGE_MODEL : [])] };
      opts.begin?.();
      const w = new GexfStreamWriter(sink, model, meta);
      await w.start();
      progress("writing nodes", 0, n);
      let done = 0;
      await forEachRecord<NodeRow>(tx, "exports/gexf-nodes", params, (row) => {
        const key = `${row.type}:${row.id}`;
        const a = nodeAttributes(row, themes, results);
        const p = positions?.get(key);
        if (p) { a.x = Math.round(p.x * 10000) / 10; a.y = Math.round(p.y * 10000) / 10; }
        if (++done % 5000 === 0) progress("writing nodes", done, n);
        return w.node(key, a);
      });
      progress("writing edges", 0, 1);
      let e = 0;
      await forEachRecord<EdgeRow>(tx, "exports/gexf-edges", params, (row) => w.edge(`e${e++}`, row.source, row.target, edgeAttributes(row)));
      if (run) {
        progress("writing suggestions", 0, 1);
        await forEachRecord<SuggestionRow>(tx, "exports/gexf-suggestions", { runId: run.id }, (s) => w.edge(`e${e++}`, `project:${s.a}`, `project:${s.b}`, suggestionAttributes(s)));
      }
      const counts = await w.end();
      progress("writing edges", 1, 1);
      await tx.commit();
      return { ...counts, ...(run ? { runId: run.id } : {}) };
    } catch (err) {
      if (tx.isOpen()) await tx.rollback();
      throw err;
    }
  } finally {
    await session.close();
  }
}

/** Seeded ForceAtlas2 positions of a graph small enough to lay out here (suggested pairs pull too). */
async function layout(tx: Transaction, params: Record<string, unknown>, runId: string | undefined): Promise<Map<string, { x: number; y: number }>> {
  const shape = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  await forEachRecord<NodeRow>(tx, "exports/gexf-nodes", params, (row) => { shape.mergeNode(`${row.type}:${row.id}`, { x: 0, y: 0 }); });
  const link = (s: string, t: string) => { if (s !== t && shape.hasNode(s) && shape.hasNode(t) && !shape.hasEdge(s, t)) shape.addEdge(s, t, { weight: 1 }); };
  await forEachRecord<EdgeRow>(tx, "exports/gexf-edges", params, (row) => link(row.source, row.target));
  if (runId) await forEachRecord<SuggestionRow>(tx, "exports/gexf-suggestions", { runId }, (s) => link(`project:${s.a}`, `project:${s.b}`));
  return seededLayout(shape, EXPORT_DEFAULTS.seed, EXPORT_DEFAULTS.layoutIterations);
}
