// The graph export streamed from Neo4j to a sink (a file, standard output, an HTTP response) as
// GEXF (Gephi), GraphML or graphology JSON: nodes, edges and the run's suggestions are each read by
// a query of its own in a read transaction of its own, all three started at once so that the
// server's work overlaps the writing of what came before, and written as they arrive; memory holds
// the run's per-network results and the keys of the nodes written, not the graph or the document.
// Records are compact lists (no map keys to decode): nodes 100 to a record, edges and suggestions
// grouped per network (far fewer records: each costs the driver more than its values). Content:
// labels, node types, themes, community and its names, best suggestion score, broker score, the
// run's suggestions as SUGGESTED edges with score, rank, reasons and decision, and seeded
// ForceAtlas2 positions when the graph is small enough to lay out here. The public view has no
// planned networks (nor what only they reach) and no analysis results. Everything that can
// fail with a clear message (an unknown run) is read before the first byte is written.
import type { Driver, Record as Neo4jRecord, Result, Session, Transaction } from "neo4j-driver";
import { UndirectedGraph } from "graphology";
import { cypher, integersToNumbers, readQuery, readRows, toNative } from "../db/index.ts";
import { nameCommunities, type CommunityName } from "../analysis/community-names.ts";
import { nodeKey } from "../analysis/graph.ts";
import { pairKeyOf } from "../analysis/pair-fingerprint.ts";
import { seededLayout } from "../analysis/network-layout.ts";
import { EXPORT_DEFAULTS, EXPORT_NODE_SIZES, VIZ_ATTRIBUTES, type ExportAttributes } from "../exports/export-graph.ts";
import { communityColour, KIND_COLOURS, NO_COMMUNITY_COLOUR } from "../analysis/palette.ts";
import { GexfStreamWriter, type GexfModel } from "../exports/gexf-stream.ts";
import { GraphmlStreamWriter } from "../exports/graphml-stream.ts";
import { GraphJsonStreamWriter } from "../exports/json-stream.ts";
import type { ChunkSink } from "../exports/chunked-output.ts";
import { hiddenStatuses, type Db, type Visibility } from "./entities/store.ts";
import { communityMap, getOpportunities, getRun, latestRun, storedCommunityNames } from "./analysis/queries.ts";
import type { StoredRun } from "./analysis/records.ts";
import { readNetworks } from "./reports/network-of-networks.ts";
import { noProgress, type ReportProgress } from "./reports/progress.ts";
import { readReasons, storedSuggestionId } from "./analysis/stored-suggestion.ts";

export type GraphFormat = "gexf" | "graphml" | "json";

const NODE_MODEL: GexfModel["node"] = [
  ["nodeType", "string"], ["id", "string"], ["nameNl", "string"], ["nameEn", "string"], ["description", "string"],
  ["name", "string"], ["status", "string"], ["region", "string"], ["start", "string"], ["end", "string"], ["themes", "string"],
  ["kind", "string"], ["sector", "string"], ["size", "string"], ["activeIn", "string"], ["title", "string"], ["date", "string"], ["url", "string"],
];
const RUN_NODE_MODEL: GexfModel["node"] = [["community", "integer"], ["communityNameNl", "string"], ["communityNameEn", "string"], ["bestSuggestionScore", "double"], ["suggestions", "integer"], ["brokerScore", "double"]];
/** `suggestion`: true on the run's SUGGESTED edges, false on every stored relation, so Gephi can filter them out. */
const EDGE_MODEL: GexfModel["edge"] = [["type", "string"], ["suggestion", "boolean"], ["role", "string"], ["since", "string"], ["source", "string"]];
const RUN_EDGE_MODEL: GexfModel["edge"] = [["suggestionId", "string"], ["rank", "integer"], ["score", "double"], ["diagonal", "boolean"], ["reasonsNl", "string"], ["reasonsEn", "string"], ["decision", "string"]];

/** The fields of each node type, in the order graph-nodes.cypher lists them after the id. */
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
  /** The decision on each decided pair, by pair key, and the networks of those pairs. */
  decisions: { byPair: Map<string, string>; networks: Set<string> };
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
  return new GraphmlStreamWriter(sink, {
    node: [["label", "string"], ...model.node, ["x", "double"], ["y", "double"], ["r", "integer"], ["g", "integer"], ["b", "integer"], [VIZ_ATTRIBUTES.size, "double"]],
    edge: [...model.edge.slice(0, 1), ["weight", "double"], ...model.edge.slice(1)],
  }, meta);
}

/** A driver value as the export writes it: integers as numbers; everything else the queries return is already plain. */
const plain = (v: unknown) => (v !== null && typeof v === "object" ? integersToNumbers(v) : v);

async function runAttributes(db: Db, run: StoredRun): Promise<RunAttributes> {
  const [stored, bestRows, brokers, decided] = await Promise.all([
    storedCommunityNames(db, run.id),
    readRows<[string, number, number]>(db.driver, "exports/suggestion-best", { runId: run.id }, db.database),
    getOpportunities(db, { kind: "broker", runId: run.id, limit: 500 }),
    readRows<[string, string, string, string]>(db.driver, "exports/decisions", {}, db.database),
  ]);
  let named: CommunityName[] | undefined = stored;
  let community: Map<string, number> | undefined;
  if (!named) {
    // Runs stored before communities were named in them: named here from the network of networks.
    community = await communityMap(db, run.id);
    named = nameCommunities((await readNetworks(db)).graph, [...community].map(([projectId, c]) => ({ projectId, community: c })));
  }
  const best = new Map(bestRows.map(([id, score, count]) => [id, { score, count }]));
  return {
    run, best, ...(community ? { community } : {}),
    decisions: { byPair: new Map(decided.map(([pairKey, , , decision]) => [pairKey, decision])), networks: new Set(decided.flatMap(([, a, b]) => [a, b])) },
    names: new Map(named.map((c) => [c.community, { nl: c.nameNl, en: c.nameEn }])),
    brokers: new Map(brokers.map((o) => [o.subjects[0]!.id, Number(o.details.participationCoefficient ?? o.score)])),
  };
}

/** A node of graph-nodes.cypher: [id, …FIELDS[type]], a network's row ending with [themes, community]. */
type NodeRow = unknown[];

function nodeAttributes(type: NodeType, row: NodeRow, r: RunAttributes | undefined): { key: string; attrs: ExportAttributes } {
  const id = row[0] as string;
  const names = FIELDS[type];
  const a: ExportAttributes = { label: "", nodeType: type, id };
  for (let i = 0; i < names.length; i++) {
    const v = plain(row[i + 1]);
    if (v !== null && v !== undefined) a[names[i]!] = typeof v === "number" || typeof v === "boolean" ? v : String(v);
  }
  a.label = String(a[LABEL_FIELD[type]] ?? id);
  if (type === "project") {
    a.themes = (row[names.length + 1] as string | null) ?? "";
    if (r) {
      const stored = plain(row[names.length + 2]) as number | null;
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
  // The one palette: a network in its community's colour (by stable label), other kinds in theirs.
  a[VIZ_ATTRIBUTES.color] = type !== "project" ? KIND_COLOURS[type] : typeof a.community === "number" ? communityColour(a.community) : NO_COMMUNITY_COLOUR;
  a[VIZ_ATTRIBUTES.size] = EXPORT_NODE_SIZES[type];
  return { key: nodeKey(type, id), attrs: a };
}

/**
 * The edges of one record of graph-edges.cypher ([type, id, themes, partners, outcomes,
 * collaborations]: a network's, or an outcome's themes) as [source, target, attributes], in the
 * order the export writes them.
 */
function* edgesOf(record: Neo4jRecord): Generator<[string, string, ExportAttributes]> {
  const type = record.get(0) as "project" | "outcome", key = nodeKey(type, record.get(1) as string);
  for (const [theme, weight] of record.get(2) as [string, unknown][]) {
    const w = plain(weight);
    yield [key, nodeKey("theme", theme), type === "outcome" ? { type: "ABOUT", suggestion: false } : w === null ? { type: "ADDRESSES", suggestion: false } : { type: "ADDRESSES", suggestion: false, weight: w as number }];
  }
  for (const [partner, role] of record.get(3) as [string, string | null][]) {
    yield [nodeKey("partner", partner), key, role === null ? { type: "PARTICIPATES_IN", suggestion: false } : { type: "PARTICIPATES_IN", suggestion: false, role: String(role) }];
  }
  for (const outcome of record.get(4) as string[]) yield [key, nodeKey("outcome", outcome), { type: "PRODUCED", suggestion: false }];
  for (const [project, since, source] of record.get(5) as [string, string | null, string | null][]) {
    // A collaboration has no direction.
    const e: ExportAttributes = { type: "COLLABORATES_WITH", suggestion: false, [VIZ_ATTRIBUTES.undirected]: true };
    if (since !== null) e.since = since;
    if (source !== null) e.source = source;
    yield [key, nodeKey("project", project), e];
  }
}

/**
 * A suggestion of graph-suggestions.cypher, after its network's id: [id, b, rank, score, diagonal,
 * reasonsNl, reasonsEn, details] (id and reasons stored by older runs, details by newer ones).
 */
type SuggestionRow = [string | null, string, unknown, number, boolean | null, string[] | null, string[] | null, string | null];

const suggestionAttributes = (runId: string, a: string, s: SuggestionRow, decisions: RunAttributes["decisions"]): ExportAttributes => {
  const reasons = readReasons({ reasonsNl: s[5], reasonsEn: s[6], details: s[7] });
  return {
    type: "SUGGESTED", suggestion: true, [VIZ_ATTRIBUTES.undirected]: true, suggestionId: storedSuggestionId({ id: s[0], a, b: s[1], runId }), rank: plain(s[2]) as number, score: s[3], diagonal: s[4] === true,
    reasonsNl: reasons.nl.join("; "), reasonsEn: reasons.en.join("; "),
    decision: (decisions.networks.has(a) ? decisions.byPair.get(pairKeyOf(a, s[1])) : undefined) ?? "open",
  };
};

/** Writes each element of a grouped record in turn, waiting for the writer where it asks to. */
async function each<T>(rows: Iterable<T>, write: (row: T) => Promise<void> | void): Promise<void> {
  for (const row of rows) {
    const waiting = write(row);
    if (waiting) await waiting;
  }
}

/**
 * One query in a read transaction of its own, its records pulled `fetchSize` at a time: the driver
 * reads (and holds) that many ahead of the writer, and asks the server for more as they are taken.
 */
class ReadStream {
  private session: Session;
  private tx: Promise<Transaction>;
  /** Wrapped: a Result is itself a promise of all its records, which `then` would wait for. */
  private readonly started: Promise<{ result: Result }>;

  constructor(driver: Driver, database: string | undefined, query: string, params: Record<string, unknown>, fetchSize = 1000) {
    this.session = driver.session({ database, defaultAccessMode: "READ", fetchSize });
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
  const params = { hiddenStatuses: hidden, runId: run?.id ?? null };
  // The three reads start at once, before the run's per-network results are read: the server
  // works on them meanwhile, and each holds back once the driver has a batch waiting.
  const streams = [
    // Records of up to 100 nodes; of one network's edges; of one network's suggestions.
    new ReadStream(db.driver, db.database, "exports/graph-nodes", params, 5),
    new ReadStream(db.driver, db.database, "exports/graph-edges", params, 2000),
    ...(run ? [new ReadStream(db.driver, db.database, "exports/graph-suggestions", { runId: run.id }, 2000)] : []),
  ] as const;
  try {
    const [results, n] = await Promise.all([
      run ? runAttributes(db, run) : undefined,
      readQuery<{ n: number }>(db.driver, "exports/gexf-count", { hiddenStatuses: hidden }, db.database).then((rows) => Number(toNative(rows[0]!.n))),
    ]);
    const positions = n > 0 && n <= EXPORT_DEFAULTS.layoutMaxNodes ? await layout(db, params) : undefined;
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
      const type = record.get(0) as NodeType;
      progress("writing nodes", written.size, n);
      return each(record.get(1) as NodeRow[], (row) => {
        const { key, attrs } = nodeAttributes(type, row, results);
        const p = positions?.get(key);
        if (p) { attrs.x = Math.round(p.x * 10000) / 10; attrs.y = Math.round(p.y * 10000) / 10; }
        written.add(key);
        return w.node(key, attrs);
      });
    });
    progress("writing edges", 0, 1);
    let e = 0;
    await edges.forEach((record) => each(edgesOf(record), ([source, target, attrs]) => {
      if (written.has(source) && written.has(target)) return w.edge(`e${e++}`, source, target, attrs);
    }));
    if (suggestions) {
      progress("writing suggestions", 0, 1);
      await suggestions.forEach((record) => {
        const a = record.get(0) as string, source = nodeKey("project", a);
        if (!written.has(source)) return;
        return each(record.get(1) as SuggestionRow[], (s) => {
          const target = nodeKey("project", s[1]);
          if (written.has(target)) return w.edge(`e${e++}`, source, target, suggestionAttributes(run!.id, a, s, results!.decisions));
        });
      });
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
  await read("exports/graph-nodes", params, (r) => { for (const row of r.get(1) as NodeRow[]) shape.mergeNode(nodeKey(r.get(0) as NodeType, row[0] as string), { x: 0, y: 0 }); });
  const link = (s: string, t: string) => { if (s !== t && shape.hasNode(s) && shape.hasNode(t) && !shape.hasEdge(s, t)) shape.addEdge(s, t, { weight: 1 }); };
  await read("exports/graph-edges", params, (r) => { for (const [s, t] of edgesOf(r)) link(s, t); });
  if (params.runId) {
    await read("exports/graph-suggestions", { runId: params.runId }, (r) => {
      const source = nodeKey("project", r.get(0) as string);
      for (const s of r.get(1) as SuggestionRow[]) link(source, nodeKey("project", s[1]));
    });
  }
  return seededLayout(shape, EXPORT_DEFAULTS.seed, EXPORT_DEFAULTS.layoutIterations);
}
