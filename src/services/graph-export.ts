// The graph export streamed from Neo4j to a sink (a file, standard output, an HTTP response) as
// GEXF (Gephi), GraphML or graphology JSON: nodes, edges and the run's suggestions are each read by
// a query of its own in a read transaction of its own, all three started at once so that the
// server's work overlaps the writing of what came before, and written as they arrive; memory holds the run's per-network results and the keys of the nodes
// written, not the graph or the document. Records are compact lists (no map keys to decode), and
// edges and suggestions come grouped per network (far fewer records: each costs the driver more
// than its values). Content: labels, node types, themes, community and its names, best suggestion score,
// broker score, the run's suggestions as SUGGESTED edges with score, rank, reasons and decision,
// and seeded ForceAtlas2 positions when the graph is small enough to lay out here. The public view
// has no planned networks (nor what only they reach) and no analysis results. Everything that can
// fail with a clear message (an unknown run) is read before the first byte is written.
import type { Driver, Record as Neo4jRecord, Result, Session, Transaction } from "neo4j-driver";
import { UndirectedGraph } from "graphology";
import { cypher, integersToNumbers, readQuery, toNative } from "../db/index.ts";
import { nameCommunities, type CommunityName } from "../analysis/community-names.ts";
import { seededLayout } from "../analysis/network-layout.ts";
import { EXPORT_DEFAULTS, type ExportAttributes } from "../exports/export-graph.ts";
import { GexfStreamWriter, type GexfModel } from "../exports/gexf-stream.ts";
import { GraphmlStreamWriter } from "../exports/graphml-stream.ts";
import { GraphJsonStreamWriter } from "../exports/json-stream.ts";
import type { ChunkSink } from "../exports/chunked-output.ts";
import { hiddenStatuses, type Db, type Visibility } from "./entities/store.ts";
import { communityMap, getOpportunities, getRun, latestRun, storedCommunityNames } from "./analysis/queries.ts";
import type { StoredRun } from "./analysis/records.ts";
import { readNetworks } from "./reports/network-of-networks.ts";
import { noProgress, type ReportProgress } from "./reports/progress.ts";

export type GraphFormat = "gexf" | "graphml" | "json";

const NODE_MODEL: GexfModel["node"] = [
  ["nodeType", "string"], ["id", "string"], ["nameNl", "string"], ["nameEn", "string"], ["description", "string"],
  ["name", "string"], ["status", "string"], ["region", "string"], ["start", "string"], ["end", "string"], ["themes", "string"],
  ["kind", "string"], ["sector", "string"], ["size", "string"], ["activeIn", "string"], ["title", "string"], ["date", "string"], ["url", "string"],
];
const RUN_NODE_MODEL: GexfModel["node"] = [["community", "integer"], ["communityNameNl", "string"], ["communityNameEn", "string"], ["bestSuggestionScore", "double"], ["suggestions", "integer"], ["brokerScore", "double"]];
const EDGE_MODEL: GexfModel["edge"] = [["type", "string"], ["role", "string"], ["since", "string"], ["source", "string"]];
const RUN_EDGE_MODEL: GexfModel["edge"] = [["suggestionId", "string"], ["rank", "integer"], ["score", "double"], ["diagonal", "boolean"], ["reasonsNl", "string"], ["reasonsEn", "string"], ["decision", "string"]];

/** The fields of each node type, in the order graph-nodes.cypher lists them. */
const FIELDS = {
  theme: ["nameNl", "nameEn", "description"],
  project: ["name", "status", "region", "start", "end"],
  partner: ["name", "kind", "sector", "region", "size", "activeIn"],
  outcome: ["title", "kind", "date", "url"],
} as const;
type NodeType = keyof typeof FIELDS;
const LABEL_FIELD: Record<NodeType, string> = { theme: "nameNl", project: "name", partner: "name", outcome: "title" };

interface RunAttributes {
  run: StoredRun;
  names: Map<number, { nl: string; en: string }>;
  /** Per network, communities of runs stored before communities were named in them. */
  community?: Map<string, number>;
  best: Map<string, { score: number; count: number }>;
  brokers: Map<string, number>;
}

interface Writer {
  start(): Promise<void>;
  node(key: string, attrs: ExportAttributes): Promise<void> | void;
  edge(key: string, source: string, target: string, attrs: ExportAttributes): Promise<void> | void;
  end(): Promise<{ nodes: number; edges: number }>;
}

function writerFor(format: GraphFormat, sink: ChunkSink, model: GexfModel, meta: Record<string, string>): Writer {
  if (format === "gexf") return new GexfStreamWriter(sink, model, meta);
  if (format === "json") return new GraphJsonStreamWriter(sink, meta);
  // GraphML declares every attribute as a key, label and position included.
  return new GraphmlStreamWriter(sink, { node: [["label", "string"], ...model.node, ["x", "double"], ["y", "double"]], edge: [...model.edge.slice(0, 1), ["weight", "double"], ...model.edge.slice(1)] }, meta);
}

/** A driver value as the export writes it: integers as numbers; everything else the queries return is already plain. */
const plain = (v: unknown) => (v !== null && typeof v === "object" ? integersToNumbers(v) : v);

async function runAttributes(db: Db, run: StoredRun): Promise<RunAttributes> {
  const [stored, bestRows, brokers] = await Promise.all([
    storedCommunityNames(db, run.id),
    readQuery<{ ids: string[]; best: number[]; counts: number[] }>(db.driver, "exports/suggestion-best", { runId: run.id }, db.database),
    getOpportunities(db, { kind: "broker", runId: run.id, limit: 500 }),
  ]);
  let named: CommunityName[] | undefined = stored;
  let community: Map<string, number> | undefined;
  if (!named) {
    // Runs stored before communities were named in them: named here from the network of networks.
    community = await communityMap(db, run.id);
    named = nameCommunities((await readNetworks(db)).graph, [...community].map(([projectId, c]) => ({ projectId, community: c })));
  }
  const best = new Map<string, { score: number; count: number }>();
  const b = bestRows[0];
  (b?.ids ?? []).forEach((id, i) => best.set(id, { score: b!.best[i]!, count: b!.counts[i]! }));
  return {
    run, best, ...(community ? { community } : {}),
    names: new Map(named.map((c) => [c.community, { nl: c.nameNl, en: c.nameEn }])),
    brokers: new Map(brokers.map((o) => [o.subjects[0]!.id, Number(o.details.participationCoefficient ?? o.score)])),
  };
}

function nodeAttributes(record: Neo4jRecord, r: RunAttributes | undefined): { key: string; attrs: ExportAttributes } {
  const type = record.get(0) as NodeType, id = record.get(1) as string, fields = record.get(2) as unknown[];
  const names = FIELDS[type];
  const a: ExportAttributes = { label: "", nodeType: type, id };
  for (let i = 0; i < names.length; i++) {
    const v = plain(fields[i]);
    if (v !== null && v !== undefined) a[names[i]!] = typeof v === "number" || typeof v === "boolean" ? v : String(v);
  }
  a.label = String(a[LABEL_FIELD[type]] ?? id);
  if (type === "project") {
    a.themes = (record.get(3) as string | null) ?? "";
    if (r) {
      const stored = plain(record.get(4)) as number | null;
      const c = r.community ? r.community.get(id) : stored ?? undefined;
      if (c !== undefined) {
        a.community = c;
        const name = r.names.get(c);
        if (name) { a.communityNameNl = name.nl; a.communityNameEn = name.en; }
      }
      const b = r.best.get(id);
      a.bestSuggestionScore = b?.score ?? 0;
      a.suggestions = b?.count ?? 0;
    }
  }
  if (type === "partner" && r) a.brokerScore = r.brokers.get(id) ?? 0;
  return { key: `${type}:${id}`, attrs: a };
}

/** An edge of graph-edges.cypher: [type, source, target, x, y]. */
type EdgeRow = [string, string, string, unknown, string | null];
/** A suggestion of graph-suggestions.cypher: [id, source, target, rank, score, diagonal, reasonsNl, reasonsEn, decision]. */
type SuggestionRow = [string, string, string, unknown, number, boolean | null, string | null, string | null, string];

function edgeAttributes(row: EdgeRow): ExportAttributes {
  const type = row[0], x = plain(row[3]), y = row[4];
  const e: ExportAttributes = { type };
  if (x !== null && x !== undefined) {
    if (type === "ADDRESSES") e.weight = x as number;
    else if (type === "PARTICIPATES_IN") e.role = String(x);
    else if (type === "COLLABORATES_WITH") e.since = String(x);
  }
  if (y !== null && type === "COLLABORATES_WITH") e.source = y;
  return e;
}

const suggestionAttributes = (s: SuggestionRow): ExportAttributes => ({
  type: "SUGGESTED", suggestionId: s[0], rank: plain(s[3]) as number, score: s[4], diagonal: s[5] === true,
  reasonsNl: s[6] ?? "", reasonsEn: s[7] ?? "", decision: s[8],
});

/** Writes each element of a grouped record in turn, waiting for the writer where it asks to. */
async function each<T>(rows: T[], write: (row: T) => Promise<void> | void): Promise<void> {
  for (const row of rows) {
    const waiting = write(row);
    if (waiting) await waiting;
  }
}

/** One query in a read transaction of its own, its records pulled in batches of 10,000 (the driver's default is 1,000: more round trips). */
class ReadStream {
  private session: Session;
  private tx: Promise<Transaction>;
  /** Wrapped: a Result is itself a promise of all its records, which `then` would wait for. */
  private readonly started: Promise<{ result: Result }>;

  constructor(driver: Driver, database: string | undefined, query: string, params: Record<string, unknown>) {
    this.session = driver.session({ database, defaultAccessMode: "READ", fetchSize: 10_000 });
    // Not executeRead: a retried transaction would write its records twice. A read transaction on a
    // READ session is still routed to a reader on a cluster.
    this.tx = this.session.beginTransaction();
    this.started = this.tx.then((tx) => ({ result: tx.run(cypher(query), params) }));
    // Started now, consumed later: a failure is reported when the records are read.
    this.started.catch(() => {});
  }

  /** Each record as it arrives, waiting for `each` (the sink) before the next. */
  async forEach(each: (record: Neo4jRecord) => Promise<void> | void): Promise<void> {
    const { result } = await this.started;
    for await (const record of result) {
      const waiting = each(record);
      if (waiting) await waiting;
    }
  }

  async close(): Promise<void> {
    try {
      const tx = await this.tx;
      if (tx.isOpen()) await tx.rollback();
    } catch {
      // Nothing to roll back: the transaction never began or has ended with the error reported.
    } finally {
      await this.session.close();
    }
  }
}

export interface StreamedExport { nodes: number; edges: number; runId?: string }

/**
 * Writes the graph in `format` to `sink`. `runId`: the run whose results go with it (analysts;
 * default the latest complete run). `begin` is called once everything that may fail with a message
 * has been read, just before the first byte.
 */
export async function streamGraph(
  db: Db,
  opts: { format: GraphFormat; runId?: string; visibility: Visibility; begin?: () => void },
  sink: ChunkSink,
  progress: ReportProgress = noProgress,
): Promise<StreamedExport> {
  const hidden = opts.visibility === "public" ? hiddenStatuses("public") : [];
  progress("analysis results", 0, 3);
  const run = opts.visibility === "public" ? undefined : opts.runId ? await getRun(db, opts.runId) : await latestRun(db);
  const [results, n] = await Promise.all([
    run ? runAttributes(db, run) : undefined,
    readQuery<{ n: number }>(db.driver, "exports/gexf-count", { hiddenStatuses: hidden }, db.database).then((rows) => Number(toNative(rows[0]!.n))),
  ]);
  const params = { hiddenStatuses: hidden, runId: run?.id ?? null };
  const positions = n > 0 && n <= EXPORT_DEFAULTS.layoutMaxNodes ? await layout(db, params) : undefined;

  const streams = [
    new ReadStream(db.driver, db.database, "exports/graph-nodes", params),
    new ReadStream(db.driver, db.database, "exports/graph-edges", params),
    ...(run ? [new ReadStream(db.driver, db.database, "exports/graph-suggestions", { runId: run.id })] : []),
  ] as const;
  try {
    const [nodes, edges, suggestions] = streams;
    const meta: Record<string, string> = { creator: "Diagonal", ...(run ? { runId: run.id } : {}), layout: positions ? `ForceAtlas2 (LinLog), seed ${EXPORT_DEFAULTS.seed}` : `none: more than ${EXPORT_DEFAULTS.layoutMaxNodes} nodes, lay it out in Gephi` };
    const model: GexfModel = { node: [...NODE_MODEL, ...(results ? RUN_NODE_MODEL : [])], edge: [...EDGE_MODEL, ...(results ? RUN_EDGE_MODEL : [])] };
    opts.begin?.();
    const w = writerFor(opts.format, sink, model, meta);
    await w.start();
    progress("writing nodes", 0, n);
    // Edges go only between nodes written: the three reads are separate transactions, and a node
    // stored or deleted between them must not leave an edge pointing nowhere.
    const written = new Set<string>();
    await nodes.forEach((record) => {
      const { key, attrs } = nodeAttributes(record, results);
      const p = positions?.get(key);
      if (p) { attrs.x = Math.round(p.x * 10000) / 10; attrs.y = Math.round(p.y * 10000) / 10; }
      written.add(key);
      if (written.size % 5000 === 0) progress("writing nodes", written.size, n);
      return w.node(key, attrs);
    });
    progress("writing edges", 0, 1);
    let e = 0;
    await edges.forEach((record) => each(record.get(0) as EdgeRow[], (row) => {
      if (written.has(row[1]) && written.has(row[2])) return w.edge(`e${e++}`, row[1], row[2], edgeAttributes(row));
    }));
    if (suggestions) {
      progress("writing suggestions", 0, 1);
      await suggestions.forEach((record) => each(record.get(0) as SuggestionRow[], (s) => {
        if (written.has(s[1]) && written.has(s[2])) return w.edge(`e${e++}`, s[1], s[2], suggestionAttributes(s));
      }));
    }
    const counts = await w.end();
    progress("writing edges", 1, 1);
    return { ...counts, ...(run ? { runId: run.id } : {}) };
  } finally {
    await Promise.all(streams.map((s) => s.close()));
  }
}

/** Seeded ForceAtlas2 positions of a graph small enough to lay out here (suggested pairs pull too). */
async function layout(db: Db, params: { hiddenStatuses: string[]; runId: string | null }): Promise<Map<string, { x: number; y: number }>> {
  const shape = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  const read = async (query: string, p: Record<string, unknown>, each: (r: Neo4jRecord) => void) => {
    const s = new ReadStream(db.driver, db.database, query, p);
    try {
      await s.forEach(each);
    } finally {
      await s.close();
    }
  };
  await read("exports/graph-nodes", params, (r) => { shape.mergeNode(`${r.get(0)}:${r.get(1)}`, { x: 0, y: 0 }); });
  const link = (s: string, t: string) => { if (s !== t && shape.hasNode(s) && shape.hasNode(t) && !shape.hasEdge(s, t)) shape.addEdge(s, t, { weight: 1 }); };
  await read("exports/graph-edges", params, (r) => { for (const e of r.get(0) as EdgeRow[]) link(e[1], e[2]); });
  if (params.runId) await read("exports/graph-suggestions", { runId: params.runId }, (r) => { for (const s of r.get(0) as SuggestionRow[]) link(s[1], s[2]); });
  return seededLayout(shape, EXPORT_DEFAULTS.seed, EXPORT_DEFAULTS.layoutIterations);
}
