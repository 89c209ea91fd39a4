// Graph views for visualisation: a project's neighbourhood, a theme, the whole network, as a
// graphology graph (the analysis graph's shape: node keys "<type>:<id>"), so a client can
// `graph.import()` the serialisation directly. Views are bounded: at the size of a real programme
// (tens of thousands of projects and partners) an unbounded view is megabytes that no browser can
// draw, so each view keeps its most relevant nodes up to a limit, chosen deterministically, and
// says in the graph's attributes how many there were and whether it was cut.
import neo4j from "neo4j-driver";
import type { SerializedGraph } from "graphology-types";
import { readQuery } from "../db/index.ts";
import { nodeKey, type EdgeAttributes, type NodeAttributes, type NodeType } from "../analysis/graph.ts";
import { NotFoundError } from "../errors.ts";
import { networkViewQuerySchema, projectViewQuerySchema, themeViewQuerySchema, type NetworkViewQuery, type ProjectViewQuery, type ThemeViewQuery } from "../schemas/index.ts";
import { hiddenStatuses, type Db, type Visibility } from "./entities/store.ts";
import { currentDataVersion } from "./data-version.ts";
import { builtDegreeOrder, dropDegreeOrder, graphSize, topNodes } from "./degree-order.ts";
import { EDGE_FIELDS, LABEL_OF_TYPE, LABELS, pickFields, TYPE_OF_LABEL, VIEW_FIELDS, type EdgeRow, type NodeRow, type SelectionRow } from "./view-fields.ts";
import { viewIndexToCheck, type ViewIndex } from "./view-index.ts";
import { ViewGraph } from "./view-graph.ts";
import { edgesAmongFromIndex, networkSelection, projectSelection, themeSelection } from "./view-selection.ts";

export type { NodeRow, SelectionRow } from "./view-fields.ts";

/** What a view says about itself in the graph's attributes. */
export interface ViewAttributes {
  [attribute: string]: unknown;
  view: "project" | "theme" | "network";
  kinds: NodeType[];
  depth?: number;
  limit: number;
  /** Nodes the view would hold without the limit, in all and per type. */
  totalNodes: number;
  totals: Partial<Record<NodeType, number>>;
  shownNodes: number;
  shownEdges: number;
  /** True when nodes were left out to stay within the limit. */
  truncated: boolean;
}

/** graphology's serialisation of a view; export() always writes the graph's options in full. */
export type GraphView = Omit<SerializedGraph<NodeAttributes, EdgeAttributes, ViewAttributes>, "options"> & {
  options: { type: "mixed" | "directed" | "undirected"; multi: boolean; allowSelfLoops: boolean };
};

function addNodes(g: ViewGraph, nodes: NodeRow[]): void {
  for (const n of nodes) {
    const type = TYPE_OF_LABEL[n.label];
    if (!type || typeof n.props.id !== "string") continue;
    g.mergeNode(nodeKey(type, n.props.id), pickFields(n.props, VIEW_FIELDS[type], { type }) as unknown as NodeAttributes);
  }
}

function addEdges(g: ViewGraph, edges: EdgeRow[]): void {
  const kept: { source: string; target: string; from: number; to: number; attrs: Record<string, unknown> }[] = [];
  for (const e of edges) {
    const s = TYPE_OF_LABEL[e.source], t = TYPE_OF_LABEL[e.target], fields = EDGE_FIELDS[e.type];
    if (!s || !t || !fields) continue;
    const source = nodeKey(s, e.sourceId), target = nodeKey(t, e.targetId);
    const from = g.placeOf(source), to = g.placeOf(target);
    if (source === target || from === undefined || to === undefined) continue;
    kept.push({ source, target, from, to, attrs: pickFields(e.props, fields, { type: e.type }) });
  }
  // In the order of their ends' places in the view (then their fields), however they were read:
  // the same data serialises the same way, from Neo4j or from the graph view index.
  const text = (attrs: Record<string, unknown>) => JSON.stringify(attrs);
  kept.sort((a, b) => a.from - b.from || a.to - b.to || (text(a.attrs) < text(b.attrs) ? -1 : text(a.attrs) > text(b.attrs) ? 1 : 0));
  // Keys from the ends (one edge per ordered pair).
  for (const e of kept) g.mergeEdgeWithKey(`${e.source}->${e.target}`, e.source, e.target, e.attrs as unknown as EdgeAttributes);
}

/** The relationships among the chosen nodes, in one query that starts from the low-degree side. */
async function edgesAmong(db: Db, g: ViewGraph): Promise<EdgeRow[]> {
  const ids: Record<NodeType, string[]> = { project: [], theme: [], partner: [], outcome: [] };
  for (const { attributes: a } of g.nodes) ids[a.type].push(a.id);
  if (ids.project.length === 0 && ids.outcome.length === 0) return [];
  return readQuery<EdgeRow>(db.driver, "views/edges-among", {
    projects: ids.project, themes: ids.theme, partners: ids.partner, outcomes: ids.outcome, labels: LABELS,
  }, db.database);
}

/** The view's nodes, the centre first. */
function viewGraph(selection: SelectionRow): ViewGraph {
  const g = new ViewGraph();
  if (selection.centre) addNodes(g, [selection.centre]);
  addNodes(g, selection.nodes);
  return g;
}

async function buildView(db: Db, selection: SelectionRow, meta: ViewMeta): Promise<GraphView> {
  const g = viewGraph(selection);
  return finishView(g, selection, meta, await edgesAmong(db, g));
}

function buildViewFromIndex(index: ViewIndex, selection: SelectionRow, meta: ViewMeta): GraphView {
  const g = viewGraph(selection);
  return finishView(g, selection, meta, edgesAmongFromIndex(index, g.nodes.map(({ attributes: a }) => ({ label: LABEL_OF_TYPE[a.type], id: a.id }))));
}

type ViewMeta = Pick<ViewAttributes, "view" | "kinds" | "limit" | "depth">;

/** The relationships among the view's nodes added, and the view's attributes. */
function finishView(g: ViewGraph, selection: SelectionRow, meta: ViewMeta, edges: EdgeRow[]): GraphView {
  addEdges(g, edges);
  const totals: Partial<Record<NodeType, number>> = {};
  for (const t of selection.totals) totals[TYPE_OF_LABEL[t.label]!] = t.total;
  // The centre is always shown, also when its own type was not asked for.
  const totalNodes = Object.values(totals).reduce((a, b) => a + b, 0) + (selection.centre && !meta.kinds.includes(TYPE_OF_LABEL[selection.centre.label]!) ? 1 : 0);
  const attributes: ViewAttributes = {
    ...meta,
    totalNodes,
    totals,
    shownNodes: g.order,
    shownEdges: g.size,
    truncated: g.order < totalNodes,
  };
  if (meta.depth === undefined) delete attributes.depth;
  return g.export(attributes);
}

const labelsOf = (kinds: NodeType[]) => kinds.map((k) => LABEL_OF_TYPE[k]);

/**
 * Where a view is read from: "auto" takes the graph view index when it is built for the current
 * data version and Neo4j otherwise; "neo4j" and "index" force one (tests compare them; "index"
 * fails while the index is not there).
 */
export type ViewSource = "auto" | "neo4j" | "index";

/**
 * The view computed from the graph view index when the index of the current data version is
 * there and its count-store check (run meanwhile) passes; undefined when the view is to be read
 * from Neo4j. A view the index cannot find (NotFoundError) is thrown only once the check passed.
 */
async function fromIndex(db: Db, source: ViewSource, compute: (index: ViewIndex) => GraphView): Promise<GraphView | undefined> {
  if (source === "neo4j") return undefined;
  const found = await viewIndexToCheck(db);
  if (found) {
    let view: GraphView | undefined, failure: unknown;
    try {
      view = compute(found.index);
    } catch (err) {
      failure = err;
    }
    if (await found.current) {
      if (failure !== undefined) throw failure;
      return view;
    }
  }
  if (source === "index") throw new Error("the graph view index of the current data version is not built");
  return undefined;
}

/** A project, its neighbours up to `depth` steps, the most relevant first (nearer, more linked, higher degree). */
export async function projectNeighbourhoodView(db: Db, projectId: string, visibility: Visibility = "all", query: Partial<ProjectViewQuery> = {}, source: ViewSource = "auto"): Promise<GraphView> {
  const q = projectViewQuerySchema.parse({}) as ProjectViewQuery;
  const { depth, kinds, limit } = { ...q, ...query };
  const fromMemory = await fromIndex(db, source, (index) => {
    const selection = projectSelection(index, projectId, visibility, depth, kinds, limit);
    if (!selection) throw new NotFoundError("project", projectId);
    return buildViewFromIndex(index, selection, { view: "project", kinds, depth, limit });
  });
  if (fromMemory) return fromMemory;
  const [row] = await readQuery<SelectionRow>(db.driver, "views/project-neighbourhood", {
    id: projectId, depth: neo4j.int(depth), kinds: labelsOf(kinds), limit: neo4j.int(limit), labels: LABELS, hiddenStatuses: hiddenStatuses(visibility),
  }, db.database);
  if (!row) throw new NotFoundError("project", projectId);
  return buildView(db, row, { view: "project", kinds, depth, limit });
}

/** A theme with the projects addressing it and the outcomes about it, the heaviest and best connected first. */
export async function themeView(db: Db, themeId: string, visibility: Visibility = "all", query: Partial<ThemeViewQuery> = {}, source: ViewSource = "auto"): Promise<GraphView> {
  const q = themeViewQuerySchema.parse({}) as ThemeViewQuery;
  const { kinds, limit } = { ...q, ...query };
  const fromMemory = await fromIndex(db, source, (index) => {
    const selection = themeSelection(index, themeId, visibility, kinds, limit);
    if (!selection) throw new NotFoundError("theme", themeId);
    return buildViewFromIndex(index, selection, { view: "theme", kinds, limit });
  });
  if (fromMemory) return fromMemory;
  const [row] = await readQuery<SelectionRow>(db.driver, "views/theme", {
    id: themeId, kinds: labelsOf(kinds), limit: neo4j.int(limit), labels: LABELS, hiddenStatuses: hiddenStatuses(visibility),
  }, db.database);
  if (!row) throw new NotFoundError("theme", themeId);
  return buildView(db, row, { view: "theme", kinds, limit });
}

/** The whole network's best connected nodes of the asked types (projects and themes by default). */
export async function networkView(db: Db, visibility: Visibility = "all", query: Partial<NetworkViewQuery> = {}, source: ViewSource = "auto"): Promise<GraphView> {
  const q = networkViewQuerySchema.parse({}) as NetworkViewQuery;
  const { kinds, limit } = { ...q, ...query };
  const fromMemory = await fromIndex(db, source, (index) => buildViewFromIndex(index, networkSelection(index, visibility, kinds, limit), { view: "network", kinds, limit }));
  if (fromMemory) return fromMemory;
  const selection = (await networkFromOrder(db, visibility, kinds, limit)) ?? (await networkFromQuery(db, visibility, kinds, limit));
  return buildView(db, selection, { view: "network", kinds, limit });
}

/** The network view's nodes as Neo4j ranks them on each request (while the degree order of this version is being read). */
export async function networkFromQuery(db: Db, visibility: Visibility, kinds: NodeType[], limit: number): Promise<SelectionRow> {
  const [row] = await readQuery<SelectionRow>(db.driver, "views/network-nodes", {
    kinds: labelsOf(kinds), limit: neo4j.int(limit), labels: LABELS, hiddenStatuses: hiddenStatuses(visibility),
  }, db.database);
  return row ?? { nodes: [], totals: [] };
}

/** The network view's nodes from the degree order held for the current data version; undefined while it is not built. */
export async function networkFromOrder(db: Db, visibility: Visibility, kinds: NodeType[], limit: number): Promise<SelectionRow | undefined> {
  const version = await currentDataVersion(db, { wait: false });
  const order = builtDegreeOrder(db, version.token);
  if (!order) return undefined;
  const { chosen, totals } = topNodes(order, labelsOf(kinds), visibility, limit);
  const idsOf = (label: string) => chosen.filter((c) => c.label === label).map((c) => c.id);
  const [rows, size] = await Promise.all([
    chosen.length === 0 ? [] : readQuery<NodeRow>(db.driver, "views/nodes-by-id", {
      themes: idsOf("Theme"), projects: idsOf("Project"), partners: idsOf("Partner"), outcomes: idsOf("Outcome"), hiddenStatuses: hiddenStatuses(visibility),
    }, db.database),
    graphSize(db),
  ]);
  // The graph changed under the same data version (a write that did not bump it): read the order again.
  if (size !== order.size) {
    dropDegreeOrder(db, order);
    builtDegreeOrder(db, version.token);
    return undefined;
  }
  const byKey = new Map(rows.map((r) => [`${r.label}\n${String(r.props.id)}`, r]));
  const nodes: NodeRow[] = [];
  for (const c of chosen) {
    const row = byKey.get(`${c.label}\n${c.id}`);
    if (row) nodes.push(row);
  }
  return { nodes, totals };
}
