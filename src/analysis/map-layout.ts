// Positions for a relationship map: ForceAtlas2 (Jacomy et al. 2014, PLoS ONE 9(6): e98679) from
// seeded random starting points, so the same graph and seed always give the same picture. Runs
// once per analysis run on the server (the result is cached), never in the visitor's browser.
// Node sizes follow degree on a square-root scale, so hubs stand out without hiding the rest.
import type { AbstractGraph } from "graphology-types";
import forceAtlas2Import from "graphology-layout-forceatlas2";
import seedrandom from "seedrandom";

// CommonJS whose typings declare an ES default export: at run time the default import is the
// function itself, under type checking the module object.
const forceAtlas2 = ((forceAtlas2Import as unknown as { default?: unknown }).default ?? forceAtlas2Import) as typeof forceAtlas2Import.default;

export const MAP_LAYOUT_DEFAULTS = {
  /** ForceAtlas2 iterations; fewer for large graphs (see iterationsFor). */
  iterations: 300,
  /** Smallest and largest node size on screen (sigma's size unit, about pixels). */
  minSize: 4,
  maxSize: 16,
};

export interface MapLayoutOptions {
  seed: string;
  iterations?: number;
  minSize?: number;
  maxSize?: number;
}

/** Fewer iterations on large graphs: Barnes–Hut keeps each one O(n log n), the total under a couple of seconds. */
export function iterationsFor(order: number, requested = MAP_LAYOUT_DEFAULTS.iterations): number {
  if (order > 1500) return Math.min(requested, 120);
  if (order > 500) return Math.min(requested, 200);
  return requested;
}

/**
 * Sets x, y and size on every node of `graph` (in place). Edges may carry a `weight` attribute.
 * Coordinates are rounded to 0.01 so the serialised map is small and byte-for-byte reproducible.
 */
export function layoutMap(graph: AbstractGraph, options: MapLayoutOptions): void {
  if (typeof options?.seed !== "string") throw new Error("diagonal/map-layout: a string seed is required.");
  const { minSize, maxSize } = { ...MAP_LAYOUT_DEFAULTS, ...options };
  const rng = seedrandom(options.seed);
  // Nodes in key order, so the starting points do not depend on insertion order.
  const keys = graph.nodes().sort();
  const spread = Math.sqrt(Math.max(graph.order, 1)) * 10;
  for (const key of keys) graph.mergeNodeAttributes(key, { x: (rng() - 0.5) * spread, y: (rng() - 0.5) * spread });
  if (graph.order > 1 && graph.size > 0) {
    // Barnes–Hut from 500 nodes (the library's own threshold is 2,000): O(n log n) repulsion.
    const settings = { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 10, linLogMode: false, barnesHutOptimize: graph.order > 500 };
    forceAtlas2.assign(graph, { iterations: iterationsFor(graph.order, options.iterations), settings, getEdgeWeight: "weight" });
  }
  let maxDegree = 1;
  graph.forEachNode((key) => {
    const d = graph.degree(key);
    if (d > maxDegree) maxDegree = d;
  });
  graph.forEachNode((key, attrs) => {
    const d = graph.degree(key);
    graph.mergeNodeAttributes(key, {
      x: round(attrs.x as number),
      y: round(attrs.y as number),
      size: round(minSize + (maxSize - minSize) * Math.sqrt(d / maxDegree)),
    });
  });
}

const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : 0);

// The colours live in the one palette module; re-exported for the callers that read them here.
export { COMMUNITY_PALETTE, communityColour, KIND_COLOURS } from "./palette.ts";
