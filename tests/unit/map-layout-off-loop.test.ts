// A large map's layout in a worker thread gives exactly the positions and sizes the layout in the
// service's thread gives (same nodes, edges, weights and seed), and a small map is laid out in the
// thread at once.
import { UndirectedGraph } from "graphology";
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { layoutMap } from "../../src/analysis/map-layout.ts";
import { layoutMapOffLoop } from "../../src/services/off-loop/map-layout-off-loop.ts";

function mapLike(nodes: number, seed: string): UndirectedGraph {
  const rng = seedrandom(seed);
  const g = new UndirectedGraph();
  for (let i = 0; i < nodes; i++) g.addNode(`project:${i}`, { kind: "project", label: `Network ${i}`, group: `c${i % 7}` });
  for (let i = 1; i < nodes; i++) {
    for (let k = 0; k < 3; k++) {
      const j = Math.floor(rng() * i);
      if (!g.hasEdge(`project:${i}`, `project:${j}`)) g.addEdge(`project:${i}`, `project:${j}`, { kind: "collaboration", weight: rng() < 0.5 ? 3 : 0.3 });
    }
  }
  return g;
}

const positions = (g: UndirectedGraph) => g.mapNodes((key, a) => [key, a.x, a.y, a.size]);

describe("layoutMapOffLoop", () => {
  it("lays out a large map in a worker exactly as in this thread", async () => {
    const here = mapLike(600, "a");
    const there = mapLike(600, "a");
    layoutMap(here, { seed: "run-1:network" });
    await layoutMapOffLoop(there, { seed: "run-1:network" });
    expect(positions(there)).toEqual(positions(here));
    // Its other attributes are kept.
    expect(there.getNodeAttribute("project:5", "label")).toBe("Network 5");
  });

  it("lays out a small map in this thread", async () => {
    const g = mapLike(20, "b");
    const pending = layoutMapOffLoop(g, { seed: "s" });
    // Already laid out before the promise is awaited: no worker was asked.
    expect(typeof g.getNodeAttribute("project:3", "x")).toBe("number");
    await pending;
  });
});
