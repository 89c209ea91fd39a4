// The maps' layout: seeded ForceAtlas2 gives the same positions for the same seed (whatever the
// insertion order), other positions for another seed, and sizes that grow with degree.
import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { layoutMap } from "../../src/analysis/map-layout.ts";

function graph(order: string[]) {
  const g = new UndirectedGraph();
  for (const k of order) g.addNode(k);
  for (const [a, b] of [["a", "b"], ["a", "c"], ["a", "d"], ["b", "c"], ["d", "e"]] as const) g.addEdge(a, b, { weight: 1 });
  return g;
}
const positions = (g: UndirectedGraph) => Object.fromEntries(g.mapNodes((k, a) => [k, [a.x, a.y]]));

describe("layoutMap", () => {
  it("is deterministic for a seed and independent of insertion order", () => {
    const g1 = graph(["a", "b", "c", "d", "e"]);
    const g2 = graph(["e", "d", "c", "b", "a"]);
    layoutMap(g1, { seed: "s" });
    layoutMap(g2, { seed: "s" });
    expect(positions(g1)).toEqual(positions(g2));
    const g3 = graph(["a", "b", "c", "d", "e"]);
    layoutMap(g3, { seed: "other" });
    expect(positions(g3)).not.toEqual(positions(g1));
  });

  it("sizes nodes by degree and requires a seed", () => {
    const g = graph(["a", "b", "c", "d", "e"]);
    layoutMap(g, { seed: "s" });
    expect(g.getNodeAttribute("a", "size")).toBe(16);
    expect(g.getNodeAttribute("e", "size")).toBeLessThan(g.getNodeAttribute("b", "size"));
    expect(() => layoutMap(g, {} as never)).toThrow(/diagonal\/map-layout: a string seed is required/);
  });
});
