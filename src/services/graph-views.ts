// Graph views for visualisation: a project's neighbourhood, a theme, the whole network, as a
// graphology graph (the analysis graph's shape: node keys "<type>:<id>"), so a client can
// `graph.import()` the serialisation directly.
import type { SerializedGraph } from "graphology-types";
import { readQuery } from "../db/index.ts";
import { emptyGraph, nodeKey, type DiagonalGraph, type EdgeAttributes, type NodeAttributes, type NodeType } from "../analysis/graph.ts";
import { NotFoundError } from "./errors.ts";
import { hiddenStatuses, type Db, type Visibility } from "./entity-store.ts";

/** Neo4j labels the views read, and the graph node type of each. */
const TYPE_OF_LABEL: Record<string, NodeType> = { Project: "project", Theme: "theme", Partner: "partner", Outcome: "outcome" };
const LABELS = Object.keys(TYPE_OF_LABEL);
/** Node properties shown in views, per type (never enterprise numbers or internal keys). */
const VIEW_FIELDS: Record<NodeType, string[]> = {
  project: ["id", "name", "description", "status", "region", "start", "end"],
  theme: ["id", "nameNl", "nameEn", "description"],
  partner: ["id", "name", "kind", "sector", "region", "size", "activeIn"],
  outcome: ["id", "title", "kind", "summary", "date", "url"],
};
const EDGE_FIELDS: Record<string, string[]> = {
  ADDRESSES: ["weight"], PARTICIPATES_IN: ["role"], PRODUCED: [], ABOUT: [], COLLABORATES_WITH: ["since", "source"],
};

interface NodeRow { label: string; props: Record<string, unknown> }
interface EdgeRow { type: string; source: string; sourceId: string; target: string; targetId: string; props: Record<string, unknown> }

export type GraphView = SerializedGraph<NodeAttributes, EdgeAttributes>;

function toGraph(nodes: NodeRow[], edges: EdgeRow[]): DiagonalGraph {
  const g = emptyGraph();
  for (const n of nodes) {
    const type = TYPE_OF_LABEL[n.label];
    if (!type || typeof n.props.id !== "string") continue;
    const attrs: Record<string, unknown> = { type };
    for (const f of VIEW_FIELDS[type]) if (n.props[f] !== undefined && n.props[f] !== null) attrs[f] = n.props[f];
    g.mergeNode(nodeKey(type, n.props.id), attrs as unknown as NodeAttributes);
  }
  for (const e of edges) {
    const s = TYPE_OF_LABEL[e.source], t = TYPE_OF_LABEL[e.target], fields = EDGE_FIELDS[e.type];
    if (!s || !t || !fields) continue;
    const source = nodeKey(s, e.sourceId), target = nodeKey(t, e.targetId);
    if (source === target || !g.hasNode(source) || !g.hasNode(target)) continue;
    const attrs: Record<string, unknown> = { type: e.type };
    for (const f of fields) if (e.props[f] !== undefined && e.props[f] !== null) attrs[f] = e.props[f];
    g.mergeEdge(source, target, attrs as unknown as EdgeAttributes);
  }
  return g;
}

export async function projectNeighbourhoodView(db: Db, projectId: string, visibility: Visibility = "all"): Promise<GraphView> {
  const [row] = await readQuery<{ nodes: NodeRow[]; edges: EdgeRow[] }>(db.driver, "views/project-neighbourhood", { id: projectId, labels: LABELS, hiddenStatuses: hiddenStatuses(visibility) }, db.database);
  if (!row) throw new NotFoundError("project", projectId);
  return toGraph(row.nodes, row.edges).export();
}

export async function themeView(db: Db, themeId: string, visibility: Visibility = "all"): Promise<GraphView> {
  const [row] = await readQuery<{ nodes: NodeRow[]; edges: EdgeRow[] }>(db.driver, "views/theme", { id: themeId, labels: LABELS, hiddenStatuses: hiddenStatuses(visibility) }, db.database);
  if (!row) throw new NotFoundError("theme", themeId);
  return toGraph(row.nodes, row.edges).export();
}

export async function networkView(db: Db, visibility: Visibility = "all"): Promise<GraphView> {
  const params = { labels: LABELS, hiddenStatuses: hiddenStatuses(visibility) };
  const [nodes, edges] = await Promise.all([
    readQuery<NodeRow>(db.driver, "views/network-nodes", params, db.database),
    readQuery<EdgeRow>(db.driver, "views/network-edges", params, db.database),
  ]);
  return toGraph(nodes, edges).export();
}
