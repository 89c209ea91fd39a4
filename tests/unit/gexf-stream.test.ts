// The streaming GEXF writer emits what graphology-gexf's writer emits for the same graph, byte for
// byte (hostile text, numbers, booleans, positions, edges without attributes, empty graphs), hands
// the sink chunks rather than one string, and its output parses back through graphology-gexf.
import { describe, expect, it } from "vitest";
import { MultiDirectedGraph, MultiGraph } from "graphology";
import { parse, write } from "graphology-gexf";
import { GexfStreamWriter, inferGexfModel, NOT_EDGE_ATTRIBUTE, NOT_NODE_ATTRIBUTE } from "../../src/exports/gexf-stream.ts";
import type { ExportAttributes, ExportGraph } from "../../src/exports/export-graph.ts";

const HOSTILE = `<script>alert("x")</script> & 'quote' \t tab\nline\r`;

/** graphology-gexf with the export's mapping: label and position apart, type as kind, score or weight as weight. */
function reference(graph: ExportGraph): string {
  return write(graph, {
    version: "1.3",
    formatNode: (_k, a: ExportAttributes) => {
      const attributes: ExportAttributes = {};
      for (const [k, v] of Object.entries(a)) if (!NOT_NODE_ATTRIBUTE(k)) attributes[k] = v;
      const viz = {
        ...(typeof a.color === "string" ? { color: a.color } : {}),
        ...(typeof a.vizSize === "number" ? { size: a.vizSize } : {}),
        ...(typeof a.x === "number" && typeof a.y === "number" ? { x: a.x, y: a.y } : {}),
      };
      return { label: a.label as string, ...(Object.keys(viz).length ? { viz } : {}), attributes };
    },
    formatEdge: (_k, a: ExportAttributes) => {
      const attributes: ExportAttributes = {};
      for (const [k, v] of Object.entries(a)) if (!NOT_EDGE_ATTRIBUTE(k)) attributes[k] = v;
      return { kind: String(a.type), weight: typeof a.score === "number" ? a.score : typeof a.weight === "number" ? a.weight : 1, attributes };
    },
  });
}

async function streamed(graph: ExportGraph): Promise<{ text: string; chunks: number }> {
  const chunks: string[] = [];
  const nodes: ExportAttributes[] = [], edges: ExportAttributes[] = [];
  graph.forEachNode((_k, a) => { nodes.push(a); });
  graph.forEachEdge((_k, a) => { edges.push(a); });
  const w = new GexfStreamWriter((c) => { chunks.push(c); }, { node: inferGexfModel(nodes, NOT_NODE_ATTRIBUTE), edge: inferGexfModel(edges, NOT_EDGE_ATTRIBUTE) }, graph.getAttributes() as Record<string, string>);
  await w.start();
  for (const k of graph.nodes()) await w.node(k, graph.getNodeAttributes(k));
  for (const e of graph.edges()) await w.edge(e, graph.source(e), graph.target(e), graph.getEdgeAttributes(e));
  const counts = await w.end();
  expect(counts).toEqual({ nodes: graph.order, edges: graph.size });
  return { text: chunks.join(""), chunks: chunks.length };
}

function sample(n: number): ExportGraph {
  // Mixed: suggestions (and collaborations) are undirected edges, as graphology-gexf writes them.
  const mixed = new MultiGraph<ExportAttributes, ExportAttributes, ExportAttributes>();
  const g = mixed as unknown as ExportGraph;
  g.setAttribute("creator", "Diagonal");
  g.setAttribute("runId", "run-1 & <2>");
  for (let i = 0; i < n; i++) {
    g.addNode(`project:p${i}`, { label: i === 0 ? HOSTILE : `Netwerk ${i}`, nodeType: "project", id: `p${i}`, community: i % 3, bestSuggestionScore: i % 2 ? 0.25 * i : 0, themes: i % 4 ? "a;b" : "", x: i * 1.5, y: -i, color: "#0072B2", vizSize: 10 });
    g.addNode(`partner:q${i}`, { label: `Partner ${i}`, nodeType: "partner", id: `q${i}`, kind: "sme", brokerScore: 0 });
    g.addEdgeWithKey(`e${i}`, `partner:q${i}`, `project:p${i}`, { type: "PARTICIPATES_IN", role: "partner" });
    if (i > 0) mixed.addUndirectedEdgeWithKey(`s${i}`, `project:p${i - 1}`, `project:p${i}`, { type: "SUGGESTED", suggestion: true, undirected: true, score: 0.5 + i / 1000, rank: i, diagonal: i % 2 === 0, reasonsNl: HOSTILE, decision: "open" });
    if (i > 1) g.addEdgeWithKey(`w${i}`, `project:p${i}`, `project:p${i - 2}`, { type: "ADDRESSES", weight: 0.6 });
  }
  return g;
}

describe("streaming GEXF writer", () => {
  it("writes what graphology-gexf writes, byte for byte, in chunks", async () => {
    const g = sample(1500);
    const { text, chunks } = await streamed(g);
    expect(text).toBe(reference(g));
    expect(chunks).toBeGreaterThan(3);
    expect(text).not.toContain("<script>");
  });

  it("writes empty graphs and edgeless graphs the same way too", async () => {
    const empty: ExportGraph = new MultiDirectedGraph();
    expect((await streamed(empty)).text).toBe(reference(empty));
    const lone: ExportGraph = new MultiDirectedGraph();
    lone.setAttribute("creator", "Diagonal");
    lone.addNode("theme:t", { label: "Thema", nodeType: "theme" });
    lone.addNode("theme:u", {});
    expect((await streamed(lone)).text).toBe(reference(lone));
  });

  it("parses back through graphology-gexf with the same nodes, edges and attributes", async () => {
    const g = sample(40);
    const back = parse(MultiDirectedGraph, (await streamed(g)).text) as MultiDirectedGraph;
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttribute("project:p0", "label")).toBe(HOSTILE);
    expect(back.getNodeAttribute("project:p3", "community")).toBe(0);
    expect(back.getNodeAttribute("project:p3", "bestSuggestionScore")).toBe(0.75);
    expect(back.getNodeAttributes("project:p2")).toMatchObject({ x: 3, y: -2 });
    expect(back.getEdgeAttributes("s2")).toMatchObject({ type: "SUGGESTED", score: 0.502, rank: 2, diagonal: true, reasonsNl: HOSTILE, weight: 0.502 });
    expect(back.getEdgeAttributes("w2")).toMatchObject({ type: "ADDRESSES", weight: 0.6 });
  });
});
