// Reads the stored graph into the analysis graph (DiagonalGraph), in the same shape as
// datasetToGraph, from one streamed query: records are consumed as they arrive, so memory holds
// the graph and not the result set as well.
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
  for (const [k, v] of Object.entries(props ?? {})) if (v !== null && v !== undefined) out[k] = toNative(v);
  return out;
}

export async function projectGraph(db: Pick<Database, "driver" | "database">): Promise<DiagonalGraph> {
  const graph = emptyGraph();
  const edges: Row[] = [];
  const session = db.driver.session({ database: db.database, defaultAccessMode: "READ" });
  try {
    await session.executeRead(async (tx) => {
      const result = tx.run(cypher("analysis/projection"));
      for await (const record of result) {
        const row: Row = { kind: record.get("kind"), a: record.get("a"), b: record.get("b"), props: record.get("props") };
        if (row.b === null) {
          const type = row.kind as NodeType;
          const attrs = { type, id: row.a, ...clean(row.props) } as NodeAttributes;
          if (type === "partner" && !(attrs as { activeIn?: string }).activeIn) (attrs as { activeIn: string }).activeIn = "north";
          if (type === "project" && !(attrs as { status?: string }).status) (attrs as { status: string }).status = "active";
          graph.mergeNode(nodeKey(type, row.a), attrs);
        } else edges.push(row);
      }
    });
  } finally {
    await session.close();
  }
  for (const e of edges) {
    const type = e.kind as EdgeAttributes["type"];
    const [from, to] = EDGE_ENDS[type];
    const attrs = { type, ...clean(e.props) } as EdgeAttributes;
    if (type === "ADDRESSES" && typeof (attrs as { weight?: unknown }).weight !== "number") (attrs as { weight: number }).weight = 1;
    if (type === "PARTICIPATES_IN" && !(attrs as { role?: string }).role) (attrs as { role: string }).role = "partner";
    graph.mergeEdge(nodeKey(from, e.a), nodeKey(to, e.b!), attrs);
  }
  return graph;
}
