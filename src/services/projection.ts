// Reads the stored graph into the analysis graph (DiagonalGraph), in the same shape as
// datasetToGraph, from one streamed query of compact rows (only the properties the analysis graph
// holds, never whole nodes), a few hundred to a record: records are consumed as they arrive, so
// memory holds the graph and not the result set as well.
import type { Database } from "../db/index.ts";
import { cypher, toNative } from "../db/index.ts";
import { emptyGraph, nodeKey, type DiagonalGraph, type EdgeAttributes, type NodeAttributes, type NodeType } from "../analysis/graph.ts";

type Row = { kind: string; a: string; b: string | null; props: Record<string, unknown> | null };

/** Endpoint types of each relationship in the stored graph. */
const EDGE_ENDS: Record<EdgeAttributes["type"], [NodeType, NodeType]> = {
  ADDRESSES: ["project", "theme"],
  PARTICIPATES_IN: ["partner", "project"],
  PRODUCED: ["project", "outcome"],
  ABOUT: ["outcome", "theme"],
  COLLABORATES_WITH: ["project", "project"],
};

/** Null properties left out, like datasetToGraph does; numbers and dates as plain values. */
function clean(props: Record<string, unknown> | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in props) {
    const v = props[k];
    if (v === null || v === undefined) continue;
    // Strings are most values; only driver types (integers, dates) need converting.
    out[k] = typeof v === "string" || typeof v === "boolean" ? v : toNative(v);
  }
  return out;
}

function addEdge(graph: DiagonalGraph, e: Row): void {
  const type = e.kind as EdgeAttributes["type"];
  const [from, to] = EDGE_ENDS[type];
  const attrs = { type, ...clean(e.props) } as EdgeAttributes;
  if (type === "ADDRESSES" && typeof (attrs as { weight?: unknown }).weight !== "number") (attrs as { weight: number }).weight = 1;
  if (type === "PARTICIPATES_IN" && !(attrs as { role?: string }).role) (attrs as { role: string }).role = "partner";
  graph.mergeEdge(nodeKey(from, e.a), nodeKey(to, e.b!), attrs);
}

/** A node, or an edge whose nodes are in (or, if any wait already, behind those that wait). */
function add(graph: DiagonalGraph, waiting: Row[], row: Row): void {
  if (row.b === null) {
    const type = row.kind as NodeType;
    const attrs = { type, id: row.a, ...clean(row.props) } as NodeAttributes;
    if (type === "partner" && !(attrs as { activeIn?: string }).activeIn) (attrs as { activeIn: string }).activeIn = "north";
    if (type === "project" && !(attrs as { status?: string }).status) (attrs as { status: string }).status = "active";
    graph.mergeNode(nodeKey(type, row.a), attrs);
    return;
  }
  const [from, to] = EDGE_ENDS[row.kind as EdgeAttributes["type"]];
  if (waiting.length === 0 && graph.hasNode(nodeKey(from, row.a)) && graph.hasNode(nodeKey(to, row.b))) addEdge(graph, row);
  else waiting.push(row);
}

/** `query` may name a lighter projection of the same shape (reports/structure: without long texts). */
export async function projectGraph(db: Pick<Database, "driver" | "database">, query = "analysis/projection"): Promise<DiagonalGraph> {
  const graph = emptyGraph();
  // Edges whose nodes have not arrived yet wait here. The query sends every node first, so in
  // practice none wait: edges go straight in, in arrival order, and no row is held in memory.
  const waiting: Row[] = [];
  const session = db.driver.session({ database: db.database, defaultAccessMode: "READ" });
  try {
    await session.executeRead(async (tx) => {
      const result = tx.run(cypher(query));
      for await (const record of result) {
        for (const [kind, a, b, props] of record.get("rows") as [string, string, string | null, Row["props"]][]) add(graph, waiting, { kind, a, b, props });
      }
    });
  } finally {
    await session.close();
  }
  for (const e of waiting) addEdge(graph, e);
  return graph;
}
