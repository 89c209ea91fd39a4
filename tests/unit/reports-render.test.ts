// The pure parts of reports and exports, without a database: every renderer escapes what users
// typed, bars are drawn to scale, the network picture is the same for the same seed, and the
// GraphML writer round-trips through graphology-graphml with its types and awkward text intact.
import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import type { ReportDocument } from "../../src/reports/document.ts";
import { renderHtml } from "../../src/reports/render-html.ts";
import { renderMarkdown } from "../../src/reports/render-markdown.ts";
import { renderEmailHtml } from "../../src/reports/render-email.ts";
import { barChart } from "../../src/reports/charts-svg.ts";
import { layoutNetwork } from "../../src/analysis/network-layout.ts";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { toGraphml } from "../../src/exports/graphml.ts";
import type { ExportGraph } from "../../src/exports/export-graph.ts";
import { emptyDataset } from "../../src/schemas/index.ts";

const HOSTILE = `<script>alert("x")</script> & <b>bold</b> | *star*`;

const doc: ReportDocument = {
  kind: "health", lang: "en", title: HOSTILE, subtitle: "sub", source: { generatedAt: "2026-01-01T00:00:00.000Z" },
  sections: [{ id: "s", heading: HOSTILE, blocks: [
    { type: "paragraph", text: HOSTILE },
    { type: "list", items: [HOSTILE] },
    { type: "table", columns: ["a"], rows: [[HOSTILE]] },
    { type: "figure", figure: { type: "bars", title: HOSTILE, unit: "n", data: [{ label: HOSTILE, value: 1 }] } },
  ] }],
};

describe("report renderers", () => {
  it("escape user text in HTML, e-mail HTML and Markdown", () => {
    for (const html of [renderHtml(doc), renderEmailHtml(doc)]) {
      expect(html).not.toContain("<script>");
      expect(html).not.toContain("<b>bold</b>");
      expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
    }
    const md = renderMarkdown(doc);
    expect(md).not.toContain("<script>");
    expect(md).toContain("\\<script\\>");
    expect(md).toContain("\\| \\*star\\*");
  });

  it("draws bars to scale", () => {
    const svg = barChart({ type: "bars", title: "t", unit: "n", data: [{ label: "one", value: 1 }, { label: "two", value: 2 }, { label: "four", value: 4 }] });
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    expect(widths[1]! / widths[0]!).toBeCloseTo(2, 5);
    expect(widths[2]! / widths[0]!).toBeCloseTo(4, 5);
  });
});

describe("network picture", () => {
  const d = emptyDataset();
  for (let i = 0; i < 8; i++) d.projects.push({ id: `p${i}`, name: `Netwerk ${i}`, status: "active" } as never);
  for (let i = 0; i < 7; i++) d.collaborations.push({ from: `p${i}`, to: `p${i + 1}` } as never);
  const graph = datasetToGraph(d);
  const input = { membership: d.projects.map((p, i) => ({ projectId: p.id, community: i % 2 })), suggestions: [{ a: "p0", b: "p7", score: 0.5 }], communityNames: new Map([[0, "A"], [1, "B"]]) };

  it("is the same for the same seed, and another for another seed", () => {
    const a = layoutNetwork(graph, input, { seed: 4 });
    const b = layoutNetwork(graph, input, { seed: 4 });
    const c = layoutNetwork(graph, input, { seed: 5 });
    expect(a).toEqual(b);
    expect(a.nodes.map((n) => [n.x, n.y])).not.toEqual(c.nodes.map((n) => [n.x, n.y]));
    expect(a.edges.filter((e) => e.kind === "collaboration")).toHaveLength(7);
    expect(a.edges.filter((e) => e.kind === "suggestion")).toHaveLength(1);
    for (const n of a.nodes) for (const v of [n.x, n.y]) expect(v >= 0 && v <= 1).toBe(true);
  });

  it("keeps the best connected networks when there are too many", () => {
    const p = layoutNetwork(graph, input, { maxNodes: 3 });
    expect(p.nodes).toHaveLength(3);
    expect(p.omitted).toBe(5);
  });
});

describe("GraphML writer", () => {
  it("round-trips through graphology-graphml with types and escaped text", () => {
    const g: ExportGraph = new MultiDirectedGraph();
    g.addNode("project:a&b", { label: `Quotes "and" <tags> & ampersands`, nodeType: "project", community: 2, x: 1.5 });
    g.addNode("theme:t", { label: "Thema", nodeType: "theme", community: 0, x: 3 });
    g.addEdge("project:a&b", "theme:t", { type: "ADDRESSES", weight: 0.5, diagonal: true });
    g.addEdge("project:a&b", "theme:t", { type: "SUGGESTED", weight: 1, diagonal: false });
    g.setAttribute("runId", "run-1");
    const xml = toGraphml(g);
    expect(xml).toContain('attr.name="community" attr.type="int"');
    expect(xml).toContain('attr.name="x" attr.type="double"');
    expect(xml).toContain('attr.name="diagonal" attr.type="boolean"');
    const back = parseGraphml(MultiDirectedGraph, xml);
    expect(back.order).toBe(2);
    expect(back.size).toBe(2);
    expect(back.getNodeAttribute("project:a&b", "label")).toBe(`Quotes "and" <tags> & ampersands`);
    expect(back.getNodeAttribute("project:a&b", "community")).toBe(2);
    expect(back.edges().map((e) => back.getEdgeAttribute(e, "type")).sort()).toEqual(["ADDRESSES", "SUGGESTED"]);
  });
});
