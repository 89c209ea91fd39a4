// Reads the stored graph into the analysis graph (DiagonalGraph), in the same shape as
// datasetToGraph, from one streamed query of compact rows (only the properties the analysis graph
// holds, never whole nodes), a few hundred to a record: records are consumed as they arrive, so
// memory holds the graph and not the result set as well. Rows come in two shapes (cypher/analysis/
// projection.cypher has the dense one, reports/structure the plain one); both give the same graph.
import type { Database } from "../db/index.ts";
import { cypher, toNative } from "../db/index.ts";
import { emptyGraph, nodeKey, type DiagonalGraph, type EdgeAttributes, type NodeAttributes, type NodeType } from "../analysis/graph.ts";

/**
 * A row: a node [kind, id, null, properties] or a relationship [kind, a, b, properties]. Dense
 * rows give a node's properties as a list in NODE_FIELDS order, and a start node's relationships
 * of one kind at once: b the list of end nodes, properties the list of each one's EDGE_FIELD.
 */
type Props = Record<string, unknown> | unknown[] | null;
type Row = { kind: string; a: string; b: string | string[] | null; props: Props };

/** The order of a node's properties in a dense row (cypher/analysis/projection.cypher lists them so). */
export const NODE_FIELDS: Record<NodeType, readonly string[]> = {
  theme: ["nameNl", "nameEn", "description"],
  project: ["name", "description", "status", "region", "start", "end", "endPrecision"],
  partner: ["name", "kind", "sector", "region", "size", "activeIn"],
  outcome: ["title", "kind", "summary", "date", "url"],
};

/** The one property of a relationship in a grouped row, by kind (none: the edge holds only its type). */
const EDGE_FIELD: Partial<Record<EdgeAttributes["type"], string>> = { ADDRESSES: "weight", PARTICIPATES_IN: "role" };

/** An edge whose nodes had not arrived yet: type, start id, end id, properties. */
type Waiting = [EdgeAttributes["type"], string, string, Props];

/** Endpoint types of each relationship in the stored graph. */
const EDGE_ENDS: Record<EdgeAttributes["type"], [NodeType, NodeType]> = {
  ADDRESSES: ["project", "theme"],
  PARTICIPATES_IN: ["partner", "project"],
  PRODUCED: ["project", "outcome"],
  ABOUT: ["outcome", "theme"],
  COLLABORATES_WITH: ["project", "project"],
};

/** A property value as the graph holds it: strings as they are, driver types (integers, dates) converted. */
const plain = (v: unknown) => (typeof v === "string" || typeof v === "boolean" ? v : toNative(v));

/** Null properties left out, like datasetToGraph does; numbers and dates as plain values. */
function clean(out: Record<string, unknown>, props: Props, fields?: readonly string[]): Record<string, unknown> {
  if (Array.isArray(props)) {
    for (let i = 0; i < fields!.length; i++) {
      const v = props[i];
      if (v !== null && v !== undefined) out[fields![i]!] = plain(v);
    }
    return out;
  }
  for (const k in props) {
    const v = props[k];
    if (v !== null && v !== undefined) out[k] = plain(v);
  }
  return out;
}

/** An edge's attributes with the defaults datasetToGraph gives: a theme's weight 1, a participation's role "partner". */
function withEdgeDefaults(attrs: Record<string, unknown> & { type: EdgeAttributes["type"] }): EdgeAttributes {
  if (attrs.type === "ADDRESSES" && typeof attrs.weight !== "number") attrs.weight = 1;
  if (attrs.type === "PARTICIPATES_IN" && !attrs.role) attrs.role = "partner";
  return attrs as unknown as EdgeAttributes;
}

function addEdge(graph: DiagonalGraph, type: EdgeAttributes["type"], a: string, b: string, props: Props): void {
  const [from, to] = EDGE_ENDS[type];
  graph.mergeEdge(nodeKey(from, a), nodeKey(to, b), withEdgeDefaults(clean({ type }, props) as { type: EdgeAttributes["type"] }));
}

/** The attributes of one edge of a grouped row: its type and its one property (EDGE_FIELD), with the defaults. */
function groupedEdge(type: EdgeAttributes["type"], field: string | undefined, value: unknown): EdgeAttributes {
  const attrs: Record<string, unknown> & { type: EdgeAttributes["type"] } = { type };
  if (field !== undefined && value !== null && value !== undefined) attrs[field] = plain(value);
  return withEdgeDefaults(attrs);
}

/** A node, or the edges whose nodes are in (or, if any wait already, behind those that wait). */
function add(graph: DiagonalGraph, waiting: Waiting[], row: Row): void {
  if (row.b === null) {
    const type = row.kind as NodeType;
    const attrs = clean({ type, id: row.a }, row.props, NODE_FIELDS[type]) as unknown as NodeAttributes;
    if (type === "partner" && !(attrs as { activeIn?: string }).activeIn) (attrs as { activeIn: string }).activeIn = "north";
    if (type === "project" && !(attrs as { status?: string }).status) (attrs as { status: string }).status = "active";
    graph.mergeNode(nodeKey(type, row.a), attrs);
    return;
  }
  const type = row.kind as EdgeAttributes["type"];
  const [from, to] = EDGE_ENDS[type];
  if (!Array.isArray(row.b)) {
    if (waiting.length === 0 && graph.hasNode(nodeKey(from, row.a)) && graph.hasNode(nodeKey(to, row.b))) addEdge(graph, type, row.a, row.b, row.props);
    else waiting.push([type, row.a, row.b, row.props]);
    return;
  }
  // A grouped row: one start node, its end nodes, and each edge's one property.
  const field = EDGE_FIELD[type];
  const values = row.props as unknown[] | null;
  const source = nodeKey(from, row.a);
  const sourceIn = graph.hasNode(source);
  for (let i = 0; i < row.b.length; i++) {
    const b = row.b[i]!;
    const target = nodeKey(to, b);
    if (waiting.length === 0 && sourceIn && graph.hasNode(target)) graph.mergeEdge(source, target, groupedEdge(type, field, values?.[i]));
    else waiting.push([type, row.a, b, field && values ? { [field]: values[i] } : null]);
  }
}

/** `query` may name a lighter projection of the same shape (reports/structure: without long texts). */
export async function projectGraph(db: Pick<Database, "driver" | "database">, query = "analysis/projection"): Promise<DiagonalGraph> {
  const graph = emptyGraph();
  // Edges whose nodes have not arrived yet wait here. The query sends every node first, so in
  // practice none wait: edges go straight in, in arrival order, and no row is held in memory.
  const waiting: Waiting[] = [];
  const session = db.driver.session({ database: db.database, defaultAccessMode: "READ" });
  try {
    await session.executeRead(async (tx) => {
      const result = tx.run(cypher(query));
      for await (const record of result) {
        for (const [kind, a, b, props] of record.get("rows") as [string, string, Row["b"], Props][]) add(graph, waiting, { kind, a, b, props });
      }
    });
  } finally {
    await session.close();
  }
  for (const [type, a, b, props] of waiting) addEdge(graph, type, a, b, props);
  return graph;
}
