// The graph view index: the whole graph the views show, held in memory once per data version, so
// a network view, a project's neighbourhood (depth 1–2) and a theme view take their nodes and the
// relationships among them from memory instead of asking Neo4j on each request
// (view-selection.ts chooses them exactly as the queries in cypher/views do).
//
// Nodes are numbered by their place in the network view's degree order (degree-order.ts, read
// first and shared), so the network view's top nodes are the first numbers. Per node: its label,
// the fields views show (view-fields.ts, kept as JSON text and parsed only for the nodes a view
// shows) and its degree; per relationship: its type, ends, weight and the fields views show; and a
// compressed adjacency (CSR): node i's relationships are `incident[offsets[i] .. offsets[i + 1])`,
// each once per end.
//
// Kept as the degree order is: keyed by the data version, checked against the graph's size in the
// count store before each use (views/graph-counts), built in the background (at start and after
// every change, by read-warmup.ts, or at the first view of a version). Until the index of the
// current version is there, the views ask Neo4j as before. A worker thread with its own
// connection reads the records and builds the arrays (view-index-worker.ts), so the service's
// event loop (and /healthz) is not held up by decoding them.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setImmediate as nextTurn } from "node:timers/promises";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { cypher, toNative, type Database } from "../db/index.ts";
import type { Db } from "./entities/store.ts";
import { currentDataVersion } from "./data-version.ts";
import { degreeOrder, dropDegreeOrder, graphSize, ORDER_LABELS, type DegreeOrder } from "./degree-order.ts";
import { versionKeyed } from "./version-keyed.ts";
import { runInWorker } from "./off-loop/start-worker.ts";
import { EDGE_FIELDS, LABELS, pickFields, TYPE_OF_LABEL, VIEW_FIELDS } from "./view-fields.ts";

/** Relationship types, by their code in `relType`. */
export const REL_TYPES = Object.keys(EDGE_FIELDS);
/** Rows handled between two turns of the event loop, and fetched from Neo4j at a time (each batch is decoded in one go). */
const SLICE = 500;

export interface ViewIndexStats {
  nodes: number;
  relationships: number;
  /** Wall time of the build, the degree order's read included when this build started it. */
  buildMs: number;
  /** Bytes of the typed arrays, the nodes' fields text included (the relationships' distinct field sets are held as objects on top). */
  typedBytes: number;
  /** The service thread's longest and 99th-percentile event loop delay while the index was built (monitorEventLoopDelay). */
  eventLoopMaxMs: number;
  eventLoopP99Ms: number;
}

/** What a worker thread reads from Neo4j (plain data: typed arrays handed over without a copy, and text). */
export interface ViewIndexData {
  /** The graph's size from the count store when it was read (graphSize), checked before each use. */
  size: string;
  /**
   * The fields views show, per node, as JSON (parsed only for the nodes a view shows): node i's
   * text is the UTF-8 bytes `fieldsText[fieldsAt[i] .. fieldsAt[i + 1])`. One buffer handed over
   * without a copy, instead of a string per node that the service's thread would rebuild from the
   * worker's message and its garbage collector would then walk.
   */
  fieldsText: Uint8Array;
  fieldsAt: Int32Array;
  /** Relationships of the views' types to any node (the project and theme views' ranking). */
  degree: Int32Array;
  relType: Uint8Array;
  relStart: Int32Array;
  relEnd: Int32Array;
  /** Stored weight, NaN where there is none (the theme view ranks by it). */
  relWeight: Float64Array;
  /** Per relationship, which of the distinct field sets it has. */
  relFieldsAt: Int32Array;
  relFieldsJson: string[];
  offsets: Int32Array;
  incident: Int32Array;
}

export interface ViewIndex extends Omit<ViewIndexData, "fieldsText" | "fieldsAt" | "relFieldsJson"> {
  token: string;
  /** The network view's order; node i is its i-th node (labels, ids, hidden). */
  order: DegreeOrder;
  /** Node number by `${label}\n${id}`. */
  byKey: Map<string, number>;
  /** The fields views show of node i (a new object each time). */
  fieldsOf(i: number): Record<string, unknown>;
  /** The fields views show of relationship r (shared: callers copy them). */
  relFieldsOf(r: number): Record<string, unknown>;
  stats: ViewIndexStats;
}

export const nodeKeyOf = (label: string, id: string): string => `${label}\n${id}`;

/** The graph changed between two reads of one build (a write under the same data version). */
export class GraphMoved extends Error {}

/** The order as a worker needs it. */
export type OrderForIndex = Pick<DegreeOrder, "labels" | "ids" | "size">;

/** Reads the index at this data version (exported for the benchmark; the service shares it through viewIndex). */
export async function readViewIndex(db: Db, token: string): Promise<ViewIndex> {
  const started = performance.now();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  try {
    // The order may have been read before a write that kept the data version: read it again then.
    for (let attempt = 0; ; attempt++) {
      const order = await degreeOrder(db, token);
      try {
        const index = await assemble(token, order, await readOffLoop(db, order));
        delay.disable();
        index.stats.buildMs = Math.round(performance.now() - started);
        index.stats.eventLoopMaxMs = Math.round(delay.max / 1e6);
        index.stats.eventLoopP99Ms = Math.round(delay.percentile(99) / 1e6);
        return index;
      } catch (err) {
        if (!(err instanceof GraphMoved) || attempt >= 2) throw err;
        dropDegreeOrder(db, order);
      }
    }
  } finally {
    delay.disable();
  }
}

/** Node numbers by key, in slices. */
async function keysOf(order: OrderForIndex): Promise<Map<string, number>> {
  const byKey = new Map<string, number>();
  for (let i = 0; i < order.ids.length; i++) {
    byKey.set(nodeKeyOf(order.labels[i]!, order.ids[i]!), i);
    if (i % (SLICE * 20) === 0) await nextTurn();
  }
  return byKey;
}

async function assemble(token: string, order: DegreeOrder, data: ViewIndexData): Promise<ViewIndex> {
  const byKey = await keysOf(order);
  const { fieldsText, fieldsAt, relFieldsJson, ...arrays } = data;
  const relFields = relFieldsJson.map((json) => JSON.parse(json) as Record<string, unknown>);
  const text = Buffer.from(fieldsText.buffer, fieldsText.byteOffset, fieldsText.byteLength);
  const typed = [...typedArraysOf(data), order.hidden];
  return {
    ...arrays, token, order, byKey,
    fieldsOf: (i) => JSON.parse(text.toString("utf8", fieldsAt[i]!, fieldsAt[i + 1]!)) as Record<string, unknown>,
    relFieldsOf: (r) => relFields[data.relFieldsAt[r]!]!,
    stats: { nodes: order.ids.length, relationships: data.relType.length, buildMs: 0, typedBytes: typed.reduce((s, a) => s + a.byteLength, 0), eventLoopMaxMs: 0, eventLoopP99Ms: 0 },
  };
}

/** The index's data read by a worker thread (view-index-worker.ts) with its own connection; in this thread when there is no connection to hand it (a bare driver). */
async function readOffLoop(db: Db, order: DegreeOrder): Promise<ViewIndexData> {
  const config = (db as Partial<Database>).config;
  if (!config) return readViewIndexData(db, order);
  const answer = await runInWorker<ViewIndexAnswer>(new URL(`./view-index-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url), {
    neo4j: config, ...(db.database ? { database: db.database } : {}), order: { labels: order.labels, ids: order.ids, size: order.size },
  });
  if (answer.ok) return answer.data;
  throw answer.moved ? new GraphMoved() : new Error(`reading the graph view index failed: ${answer.message}`);
}

/** What the worker answers. */
export type ViewIndexAnswer = { ok: true; data: ViewIndexData } | { ok: false; moved: boolean; message: string };

/** Reads the nodes' fields and degrees and every relationship among them, and builds the adjacency. */
export async function readViewIndexData(db: Db, order: OrderForIndex): Promise<ViewIndexData> {
  const n = order.ids.length;
  const byKey = await keysOf(order);
  const session = db.driver.session({ database: db.database, defaultAccessMode: "READ", fetchSize: SLICE });
  try {
    // One transaction: the size checked, the nodes and the relationships all see the same graph.
    return await session.executeRead(async (tx) => {
      const [sizeRecord] = (await tx.run(cypher("views/graph-counts"))).records;
      const counts = (toNative(sizeRecord?.get("counts")) as number[] | null) ?? [];
      const size = counts.join(",");
      if (size !== order.size) throw new GraphMoved();

      const fieldsJson: string[] = new Array(n);
      const degree = new Int32Array(n);
      let seen = 0, rows = 0;
      for await (const record of tx.run(cypher("views/index-nodes"), { labels: LABELS })) {
        const i = byKey.get(nodeKeyOf(record.get("label") as string, record.get("id") as string));
        if (i === undefined) throw new GraphMoved();
        if (fieldsJson[i] === undefined) seen++;
        const type = TYPE_OF_LABEL[order.labels[i]!]!;
        fieldsJson[i] = JSON.stringify(pickFields(toNative(record.get("props")) as Record<string, unknown>, VIEW_FIELDS[type]));
        degree[i] = toNative(record.get("degree")) as number;
        if (++rows % SLICE === 0) await nextTurn();
      }
      if (seen !== n) throw new GraphMoved();

      // At most every relationship of the views' types (the count store's figures); cut to what was read.
      const capacity = counts.slice(ORDER_LABELS.length).reduce((a, b) => a + b, 0);
      const relType = new Uint8Array(capacity), relStart = new Int32Array(capacity), relEnd = new Int32Array(capacity);
      const relWeight = new Float64Array(capacity), relFieldsAt = new Int32Array(capacity);
      const distinct = new Map<string, number>();
      let m = 0;
      for await (const record of tx.run(cypher("views/index-relationships"), { labels: LABELS })) {
        const a = byKey.get(nodeKeyOf(record.get("source") as string, record.get("sourceId") as string));
        const b = byKey.get(nodeKeyOf(record.get("target") as string, record.get("targetId") as string));
        const type = REL_TYPES.indexOf(record.get("type") as string);
        if (a === undefined || b === undefined || type < 0 || m >= capacity) throw new GraphMoved();
        const stored = toNative(record.get("props")) as Record<string, unknown>;
        const json = JSON.stringify(pickFields(stored, EDGE_FIELDS[REL_TYPES[type]!]!));
        let at = distinct.get(json);
        if (at === undefined) distinct.set(json, (at = distinct.size));
        relType[m] = type;
        relStart[m] = a;
        relEnd[m] = b;
        relWeight[m] = typeof stored.weight === "number" ? stored.weight : NaN;
        relFieldsAt[m] = at;
        m++;
        if (m % SLICE === 0) await nextTurn();
      }

      // The adjacency: per node, its relationships (a relationship is listed at both of its ends).
      const offsets = new Int32Array(n + 1);
      for (let r = 0; r < m; r++) {
        offsets[relStart[r]! + 1]!++;
        offsets[relEnd[r]! + 1]!++;
      }
      for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
      const incident = new Int32Array(2 * m);
      const fill = offsets.slice(0, n);
      for (let r = 0; r < m; r++) {
        incident[fill[relStart[r]!]!++] = r;
        incident[fill[relEnd[r]!]!++] = r;
      }
      return {
        size, ...packTexts(fieldsJson), degree, offsets, incident, relFieldsJson: [...distinct.keys()],
        relType: relType.slice(0, m), relStart: relStart.slice(0, m), relEnd: relEnd.slice(0, m), relWeight: relWeight.slice(0, m), relFieldsAt: relFieldsAt.slice(0, m),
      };
    });
  } finally {
    await session.close();
  }
}

const indexes = versionKeyed(readViewIndex);

/** The index at this data version: read once (concurrent callers share the read). */
export const viewIndex = (db: Db, token: string): Promise<ViewIndex> => indexes.at(db, token);

/** The index at this data version if it is built; otherwise undefined, and its read started in the background. */
export const builtViewIndex = (db: Db, token: string): ViewIndex | undefined => indexes.built(db, token);

/**
 * The index built for the current data version, if there is one, and whether it is still of the
 * graph's size in the count store: `current` resolves once Neo4j answered, so a view is computed
 * while the check runs and used only if it says true. When it says false the index is dropped
 * and the index of the current graph read in the background (the view asks Neo4j meanwhile).
 */
export async function viewIndexToCheck(db: Db): Promise<{ index: ViewIndex; current: Promise<boolean> } | undefined> {
  const version = await currentDataVersion(db, { wait: false });
  const index = builtViewIndex(db, version.token);
  if (!index) return undefined;
  const current = graphSize(db).then((size) => {
    if (size === index.size) return true;
    indexes.drop(db, index);
    dropDegreeOrder(db, index.order);
    builtViewIndex(db, version.token);
    return false;
  });
  return { index, current };
}

/** The index a view may answer from now (viewIndexToCheck, checked); otherwise undefined. */
export async function currentViewIndex(db: Db): Promise<ViewIndex | undefined> {
  const found = await viewIndexToCheck(db);
  return found && (await found.current) ? found.index : undefined;
}

/** How many times the index was read from Neo4j in this process (for tests). */
export const viewIndexBuilds = (db: Db): number => indexes.builds(db);

/** Every typed array of the index data: what its worker hands over without a copy, and what its size counts. */
export function typedArraysOf(data: ViewIndexData): ArrayBufferView[] {
  return [data.fieldsText, data.fieldsAt, data.degree, data.relType, data.relStart, data.relEnd, data.relWeight, data.relFieldsAt, data.offsets, data.incident];
}

/** Texts as one UTF-8 buffer with their start offsets (text i is `fieldsText[fieldsAt[i] .. fieldsAt[i + 1])`). */
export function packTexts(texts: string[]): Pick<ViewIndexData, "fieldsText" | "fieldsAt"> {
  const fieldsAt = new Int32Array(texts.length + 1);
  for (let i = 0; i < texts.length; i++) fieldsAt[i + 1] = fieldsAt[i]! + Buffer.byteLength(texts[i]!);
  // Its own ArrayBuffer (never Node's shared pool), so that it can be transferred.
  const fieldsText = new Uint8Array(fieldsAt[texts.length]!);
  const bytes = Buffer.from(fieldsText.buffer);
  for (let i = 0; i < texts.length; i++) bytes.write(texts[i]!, fieldsAt[i]!, "utf8");
  return { fieldsText, fieldsAt };
}
