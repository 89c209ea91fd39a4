// The community graph built in bulk from typed arrays (pair-graph.ts) equals the one built edge by
// edge (communities.ts communityGraph): same nodes, edges, weights, degrees and order, so a seeded
// Louvain gives the same communities and modularity on both.
import { describe, expect, it } from "vitest";
import seedrandom from "seedrandom";
import { communityGraph, louvain, louvainOptions, pairGraph, type CommunityGraph } from "../../src/analysis/communities.ts";
import type { PairScores } from "../../src/analysis/similarity.ts";

/** A random similarity graph: n nodes, about m distinct pairs a < b, scores in [0, 1). */
function randomPairs(n: number, m: number, seed: string): PairScores {
  const rng = seedrandom(seed);
  const seen = new Set<number>();
  const a: number[] = [];
  const b: number[] = [];
  const score: number[] = [];
  for (let k = 0; k < m; k++) {
    const i = Math.floor(rng() * n);
    const j = Math.floor(rng() * n);
    if (i === j || seen.has(Math.min(i, j) * n + Math.max(i, j))) continue;
    seen.add(Math.min(i, j) * n + Math.max(i, j));
    a.push(Math.min(i, j));
    b.push(Math.max(i, j));
    score.push(rng());
  }
  return { a: Int32Array.from(a), b: Int32Array.from(b), score: Float64Array.from(score) } as unknown as PairScores;
}

type Reader = Pick<CommunityGraph, "order" | "size" | "type" | "forEachNode" | "forEachEdge" | "undirectedDegreeWithoutSelfLoops">;

/** Everything Louvain reads of a graph, in the order it reads it. */
function readOut(graph: Reader) {
  const nodes: [string, number][] = [];
  graph.forEachNode((node) => nodes.push([node, graph.undirectedDegreeWithoutSelfLoops(node)]));
  const edges: [string, string, number, boolean][] = [];
  graph.forEachEdge((_edge, attributes, source, target, _sa, _ta, undirected) => edges.push([source, target, attributes.weight, undirected]));
  return { order: graph.order, size: graph.size, type: graph.type, nodes, edges };
}

describe("the community graph built in bulk", () => {
  const n = 3_000;
  const pairs = randomPairs(n, 40_000, "pair-graph");

  it("holds the same nodes, edges, weights and degrees in the same order as the edge-by-edge graph", () => {
    const bulk = pairGraph(n, pairs);
    const oneByOne = communityGraph(n, pairs);
    expect(bulk.size).toBeGreaterThan(30_000);
    expect(bulk.size).toBeLessThan(pairs.score.length); // pairs below the minimum score are left out
    expect(readOut(bulk as unknown as Reader)).toEqual(readOut(oneByOne));
  });

  it("gives Louvain the same communities and modularity for the same seed", () => {
    for (const seed of [1, 42]) {
      const bulk = louvain.detailed(pairGraph(n, pairs) as unknown as CommunityGraph, louvainOptions(seed, 1));
      const oneByOne = louvain.detailed(communityGraph(n, pairs), louvainOptions(seed, 1));
      expect(bulk.count).toBeGreaterThan(1);
      expect(bulk.communities).toEqual(oneByOne.communities);
      expect(bulk.modularity).toBe(oneByOne.modularity);
    }
  });

  it("is read-only and refuses pairs that are not two distinct node indexes", () => {
    const bulk = pairGraph(n, pairs);
    expect(() => bulk.addUndirectedEdgeWithKey()).toThrow("diagonal/pair-graph: addUndirectedEdgeWithKey is not available, the graph is read-only");
    expect(() => bulk.undirectedDegree("3000")).toThrow('diagonal/pair-graph: undirectedDegree: node "3000" not found');
    const bad = { a: Int32Array.of(0, 4), b: Int32Array.of(1, 4), score: Float64Array.of(1, 1) } as unknown as PairScores;
    expect(() => pairGraph(5, bad)).toThrow("diagonal/pair-graph: pair 1 links node 4 to itself");
    const outside = { a: Int32Array.of(0), b: Int32Array.of(5), score: Float64Array.of(1) } as unknown as PairScores;
    expect(() => pairGraph(5, outside)).toThrow("diagonal/pair-graph: pair 0 links 0 and 5, expected two node indexes below 5");
  });
});
