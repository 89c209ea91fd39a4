// A relationship map's layout (ForceAtlas2, analysis/map-layout.ts) in a worker thread when the map
// is large: laying out the network map or a busy theme's map took 1.5–7 s of the service's thread,
// and the service builds the network map and twenty theme maps after its start and after every
// run, stalling /healthz and every request for seconds meanwhile. Only the graph's structure and
// weights cross to the worker, and the positions come back as one Float64Array: the same nodes and
// edges in the same order give the same positions as the layout in this thread. Small maps (a
// network's neighbourhood) are laid out here: milliseconds, less than a worker's start.
import type { AbstractGraph } from "graphology-types";
import { MultiUndirectedGraph } from "graphology";
import { layoutMap, type MapLayoutOptions } from "../../analysis/map-layout.ts";
import type { LayoutInput } from "./off-loop-tasks.ts";
import { runOffLoop } from "./worker-task.ts";

/** Maps of at least this many nodes are laid out in a worker thread. */
export const OFF_LOOP_LAYOUT_NODES = 200;

/** Sets x, y and size on every node of `graph`, as layoutMap does: in a worker for a large graph. */
export async function layoutMapOffLoop(graph: AbstractGraph, options: MapLayoutOptions, offLoopFrom = OFF_LOOP_LAYOUT_NODES): Promise<void> {
  if (graph.order < offLoopFrom) return layoutMap(graph, options);
  const nodes = graph.nodes();
  const index = new Map(nodes.map((key, i) => [key, i]));
  const edges: LayoutInput["edges"] = [];
  graph.forEachEdge((_key, a, s, t) => { edges.push([index.get(s)!, index.get(t)!, typeof a.weight === "number" ? a.weight : 1]); });
  const { positions } = await runOffLoop(undefined, "layout", { nodes, edges, options });
  nodes.forEach((key, i) => graph.mergeNodeAttributes(key, { x: positions[3 * i], y: positions[3 * i + 1], size: positions[3 * i + 2] }));
}

/** The worker's side: the graph rebuilt in the same order, laid out; x, y, size per node. */
export function layoutPositions({ nodes, edges, options }: LayoutInput): Float64Array {
  const g = new MultiUndirectedGraph({ allowSelfLoops: true });
  for (const key of nodes) g.addNode(key);
  for (const [s, t, weight] of edges) g.addEdge(nodes[s]!, nodes[t]!, { weight });
  layoutMap(g, options);
  const out = new Float64Array(nodes.length * 3);
  nodes.forEach((key, i) => {
    const a = g.getNodeAttributes(key);
    out[3 * i] = a.x as number;
    out[3 * i + 1] = a.y as number;
    out[3 * i + 2] = a.size as number;
  });
  return out;
}
