// Communities of networks: Louvain modularity optimisation (Blondel, Guillaume, Lambiotte & Lefebvre
// 2008, graphology-communities-louvain) on the weighted project-similarity graph, with a seeded
// random number generator so the same data and seed give the same partition. Projects without any
// similar project form communities of their own. Labels are made stable by align-communities.ts.
import { UndirectedGraph } from "graphology";
import louvainImport from "graphology-communities-louvain";
import seedrandom from "seedrandom";
import { PairGraph } from "./pair-graph.ts";
import type { ProjectProfiles } from "./profiles.ts";
import type { PairScores } from "./similarity.ts";

// The package is CommonJS whose typings declare an ES default export: at runtime the default import
// is already the function, under type checking it is the module object.
const louvain = ((louvainImport as unknown as { default?: unknown }).default ?? louvainImport) as typeof louvainImport.default;

export const COMMUNITY_DEFAULTS = {
  resolution: 1,
  /** Pairs scoring below this are left out of the community graph (noise between unrelated networks). */
  minEdgeScore: 0.05,
};

export interface Communities {
  /** Louvain's raw community per project index (numbering not stable across runs). */
  membership: Int32Array;
  modularity: number;
  count: number;
}

export type CommunityGraph = UndirectedGraph<Record<string, never>, { weight: number }>;

/**
 * The weighted project-similarity graph built edge by edge as a graphology UndirectedGraph: node i
 * per project index, pairs ≥ minEdgeScore. Louvain itself runs on the same graph built in bulk
 * (pairGraph below); this one is the reference it is checked and benchmarked against.
 */
export function communityGraph(n: number, pairs: PairScores, minEdgeScore = COMMUNITY_DEFAULTS.minEdgeScore): CommunityGraph {
  const graph: CommunityGraph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  for (let k = 0; k < pairs.score.length; k++) {
    const w = pairs.score[k]!;
    if (w >= minEdgeScore) graph.addEdge(String(pairs.a[k]), String(pairs.b[k]), { weight: w });
  }
  return graph;
}

/** The same graph as communityGraph, built in one pass over the typed arrays (pair-graph.ts). */
export const pairGraph = (n: number, pairs: PairScores, minEdgeScore = COMMUNITY_DEFAULTS.minEdgeScore): PairGraph => new PairGraph(n, pairs, minEdgeScore);

/** Louvain's options for a seed and resolution (the benchmark's bare call uses the same). */
export const louvainOptions = (seed: number, resolution: number) => ({ rng: seedrandom(`louvain:${seed}`), resolution, getEdgeWeight: "weight" as const });

export { louvain };

export function detectCommunities(profiles: ProjectProfiles, pairs: PairScores, options: { seed: number; resolution?: number; minEdgeScore?: number }): Communities {
  const resolution = options.resolution ?? COMMUNITY_DEFAULTS.resolution;
  const minEdgeScore = options.minEdgeScore ?? COMMUNITY_DEFAULTS.minEdgeScore;
  if (!(typeof resolution === "number" && Number.isFinite(resolution) && resolution > 0)) {
    throw new Error(`diagonal/communities: resolution must be a number > 0, got ${String(resolution)}`);
  }
  const n = profiles.projectIds.length;
  const graph = pairGraph(n, pairs, minEdgeScore);
  const membership = new Int32Array(n);
  if (graph.size === 0) {
    // No similar pairs at all: every network is a community of its own.
    for (let i = 0; i < n; i++) membership[i] = i;
    return { membership, modularity: 0, count: n };
  }
  // Louvain reads the graph through graphology's interface, which PairGraph answers (read-only).
  const result = louvain.detailed(graph as unknown as CommunityGraph, louvainOptions(options.seed, resolution));
  for (let i = 0; i < n; i++) membership[i] = result.communities[String(i)]!;
  return { membership, modularity: result.modularity, count: result.count };
}
