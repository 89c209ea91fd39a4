// A static picture of the network of learning networks: networks as points (coloured by community,
// sized by degree), confirmed collaborations and suggested pairs as lines, placed by ForceAtlas2
// (Jacomy, Venturini, Heymann & Bastian 2014, graphology-layout-forceatlas2) from seeded random
// starting positions, so the same data and seed draw the same picture. Large graphs are cut to the
// best connected networks: a picture of thousands of points tells a reader nothing.
import { UndirectedGraph } from "graphology";
import forceAtlas2Import from "graphology-layout-forceatlas2";
import randomImport from "graphology-layout/random.js";
import seedrandom from "seedrandom";
import type { DiagonalGraph } from "./graph.ts";

// CommonJS packages whose typings declare an ES default export (see communities.ts).
const forceAtlas2 = ((forceAtlas2Import as unknown as { default?: unknown }).default ?? forceAtlas2Import) as typeof forceAtlas2Import.default;
const random = ((randomImport as unknown as { default?: unknown }).default ?? randomImport) as typeof randomImport.default;

export const NETWORK_LAYOUT_DEFAULTS = {
  seed: 1,
  /** Networks drawn at most (best connected first). */
  maxNodes: 150,
  iterations: 300,
  /** Suggested pairs drawn per network (its best ones): more turns the picture into a hairball. */
  suggestionsPerNode: 2,
};

export interface LayoutInput {
  membership: ReadonlyArray<{ projectId: string; community: number }>;
  /** Suggested pairs to draw besides confirmed collaborations. */
  suggestions: ReadonlyArray<{ a: string; b: string; score: number }>;
  communityNames: ReadonlyMap<number, string>;
  /** Draw only these networks (a theme's); all when absent. */
  only?: ReadonlySet<string>;
  /** Each network's degree in the whole graph, when the graph given holds only the network of networks. */
  degrees?: ReadonlyMap<string, number>;
}

export interface LaidOutNetwork {
  nodes: { id: string; label: string; x: number; y: number; size: number; group: number }[];
  edges: { source: string; target: string; kind: "collaboration" | "suggestion" }[];
  groups: { group: number; name: string }[];
  omitted: number;
}

/** Seeded ForceAtlas2 positions for the nodes of any graph, scaled to 0..1 (square aspect kept). */
export function seededLayout(graph: UndirectedGraph<any, { weight?: number }>, seed: number, iterations: number): Map<string, { x: number; y: number }> {
  random.assign(graph, { rng: seedrandom(`layout:${seed}`), center: 0, scale: 100 });
  if (graph.size > 0) {
    // LinLog mode pulls clusters apart (Noack 2007), so communities show as groups.
    const settings = { ...forceAtlas2.inferSettings(graph), linLogMode: true, barnesHutOptimize: graph.order > 2000 };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: (_e, a) => a.weight ?? 1 });
  }
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  graph.forEachNode((_k, a) => {
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const out = new Map<string, { x: number; y: number }>();
  graph.forEachNode((k, a) => {
    out.set(k, { x: (a.x - minX) / span + (1 - (maxX - minX) / span) / 2, y: (a.y - minY) / span + (1 - (maxY - minY) / span) / 2 });
  });
  return out;
}

export function layoutNetwork(graph: DiagonalGraph, input: LayoutInput, options: Partial<typeof NETWORK_LAYOUT_DEFAULTS> = {}): LaidOutNetwork {
  const { seed, maxNodes, iterations, suggestionsPerNode } = { ...NETWORK_LAYOUT_DEFAULTS, ...options };
  const community = new Map(input.membership.map((m) => [m.projectId, m.community]));
  const projects: { id: string; name: string; degree: number }[] = [];
  graph.forEachNode((key, a) => {
    if (a.type === "project" && (!input.only || input.only.has(a.id))) projects.push({ id: a.id, name: a.name, degree: input.degrees?.get(a.id) ?? graph.degree(key) });
  });
  projects.sort((x, y) => y.degree - x.degree || (x.id < y.id ? -1 : 1));
  const kept = projects.slice(0, maxNodes);
  const small = new UndirectedGraph<{ x: number; y: number; label: string; size: number }, { weight: number }>();
  for (const p of kept) small.addNode(p.id, { x: 0, y: 0, label: p.name, size: p.degree });
  const edges: LaidOutNetwork["edges"] = [];
  graph.forEachEdge((_e, attrs, s, t, sa, ta) => {
    if (attrs.type !== "COLLABORATES_WITH" || !small.hasNode(sa.id) || !small.hasNode(ta.id) || small.hasEdge(sa.id, ta.id)) return;
    small.addEdge(sa.id, ta.id, { weight: 1 });
    edges.push({ source: sa.id, target: ta.id, kind: "collaboration" });
  });
  const drawn = new Map<string, number>();
  const best = [...input.suggestions].sort((x, y) => y.score - x.score || (x.a + x.b < y.a + y.b ? -1 : 1));
  for (const s of best) {
    if (!small.hasNode(s.a) || !small.hasNode(s.b) || small.hasEdge(s.a, s.b)) continue;
    if ((drawn.get(s.a) ?? 0) >= suggestionsPerNode && (drawn.get(s.b) ?? 0) >= suggestionsPerNode) continue;
    drawn.set(s.a, (drawn.get(s.a) ?? 0) + 1);
    drawn.set(s.b, (drawn.get(s.b) ?? 0) + 1);
    small.addEdge(s.a, s.b, { weight: s.score });
    edges.push({ source: s.a, target: s.b, kind: "suggestion" });
  }
  const positions = seededLayout(small, seed, iterations);
  const maxDegree = kept.reduce((m, p) => Math.max(m, p.degree), 1);
  const nodes = kept.map((p) => ({
    id: p.id,
    label: p.name,
    ...positions.get(p.id)!,
    size: p.degree / maxDegree,
    group: community.get(p.id) ?? -1,
  }));
  const groupIds = [...new Set(nodes.map((n) => n.group))].sort((a, b) => a - b);
  return {
    nodes,
    edges,
    groups: groupIds.map((g) => ({ group: g, name: input.communityNames.get(g) ?? String(g) })),
    omitted: projects.length - kept.length,
  };
}

