import { describe, expect, it } from "vitest";
import { emptyGraph, nodeKey } from "../../src/analysis/graph.ts";
import { graphFingerprint } from "../../src/analysis/graph-fingerprint.ts";

function build(order: "forward" | "backward", name = "Talent") {
  const g = emptyGraph();
  const nodes = [
    [nodeKey("theme", "t"), { type: "theme" as const, id: "t", nameNl: name, nameEn: "Talent" }],
    [nodeKey("project", "p"), { type: "project" as const, id: "p", name: "P", status: "active" }],
  ] as const;
  for (const [k, a] of order === "forward" ? nodes : [...nodes].reverse()) g.addNode(k, a);
  g.addEdge(nodeKey("project", "p"), nodeKey("theme", "t"), { type: "ADDRESSES", weight: 1 });
  return g;
}

describe("graph fingerprint", () => {
  it("does not depend on the order in which the graph was read", () => {
    expect(graphFingerprint(build("forward"))).toBe(graphFingerprint(build("backward")));
  });

  it("changes when an attribute, a node or an edge changes", () => {
    const base = graphFingerprint(build("forward"));
    expect(graphFingerprint(build("forward", "Talentontwikkeling"))).not.toBe(base);
    const withNode = build("forward");
    withNode.addNode(nodeKey("theme", "u"), { type: "theme", id: "u", nameNl: "U", nameEn: "U" });
    expect(graphFingerprint(withNode)).not.toBe(base);
    const heavier = build("forward");
    heavier.replaceEdgeAttributes(heavier.edges()[0]!, { type: "ADDRESSES", weight: 0.5 });
    expect(graphFingerprint(heavier)).not.toBe(base);
  });
});
