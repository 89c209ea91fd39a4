// The pure parts of reports and exports, without a database: every renderer escapes what users
// typed, bars are drawn to scale, the network picture is the same for the same seed, and the
// streamed GraphML and JSON writers round-trip through graphology-graphml and graphology's import
// with their types and awkward text intact, in several chunks.
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
import { GraphmlStreamWriter } from "../../src/exports/graphml-stream.ts";
import { GraphJsonStreamWriter } from "../../src/exports/json-stream.ts";
import type { ExportAttributes } from "../../src/exports/export-graph.ts";
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

describe("Markdown keeps the charts", () => {
  it("as tables: every bar, every stacked value, and the network picture's networks, communities and lines", () => {
    const chart: ReportDocument = {
      kind: "health", lang: "nl", title: "t", subtitle: "s", source: { generatedAt: "2026-01-01T00:00:00.000Z" },
      sections: [{ id: "c", heading: "Grafieken", blocks: [
        { type: "figure", figure: { type: "bars", title: "Netwerken per thema", unit: "netwerken", data: [{ label: "Talent", value: 5 }, { label: "Transparantie", value: 4 }] } },
        { type: "figure", figure: { type: "stacked", title: "Soorten partners", series: ["kmo", "ngo"], data: [{ label: "Talent", values: [3, 1] }] } },
        { type: "figure", figure: { type: "network", title: "Het netwerk van netwerken", picture: {
          nodes: [{ id: "a", label: "Talent in kmo's", x: 0, y: 0, size: 1, group: 0 }, { id: "b", label: "Bruggen", x: 1, y: 1, size: 1, group: 1 }, { id: "c", label: "Kompas", x: 1, y: 0, size: 1, group: 1 }],
          edges: [{ source: "a", target: "b", kind: "collaboration" }, { source: "b", target: "c", kind: "suggestion" }],
          groups: [{ group: 0, name: "Talent" }, { group: 1, name: "Sociale economie" }], omitted: 0,
        } } },
      ] }],
    };
    const md = renderMarkdown(chart);
    expect(md).toContain("**Netwerken per thema**\n\n|  | netwerken |\n| --- | --- |\n| Talent | 5 |\n| Transparantie | 4 |");
    expect(md).toContain("| Talent | 3 | 1 |");
    expect(md).toContain("**Het netwerk van netwerken**\n\n| Netwerk | Gemeenschap | Lijnen |");
    expect(md).toContain("| Talent in kmo's | Talent | 1 |");
    expect(md).toContain("| Bruggen | Sociale economie | 2 |");
    expect(md).toContain("| Talent in kmo's | Bruggen | samenwerking |");
    expect(md).toContain("| Bruggen | Kompas | suggestie |");
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

/** Writes the nodes and edges through a streaming writer; returns its chunks. */
async function written(make: (sink: (c: string) => void) => { start(): Promise<void>; node(k: string, a: ExportAttributes): unknown; edge(k: string, s: string, t: string, a: ExportAttributes): unknown; end(): Promise<{ nodes: number; edges: number }> },
  nodes: [string, ExportAttributes][], edges: [string, string, string, ExportAttributes][]): Promise<string[]> {
  const chunks: string[] = [];
  const w = make((c) => { chunks.push(c); });
  await w.start();
  for (const [k, a] of nodes) await w.node(k, a);
  for (const [k, s, t, a] of edges) await w.edge(k, s, t, a);
  expect(await w.end()).toEqual({ nodes: nodes.length, edges: edges.length });
  return chunks;
}

const NODES: [string, ExportAttributes][] = [
  ["project:a&b", { label: `Quotes "and" <tags> & ampersands`, nodeType: "project", community: 2, x: 1.5 }],
  ["theme:t", { label: "Thema", nodeType: "theme", community: 0, x: 3 }],
];
const EDGES: [string, string, string, ExportAttributes][] = [
  ["e0", "project:a&b", "theme:t", { type: "ADDRESSES", weight: 0.5, diagonal: true }],
  ["e1", "project:a&b", "theme:t", { type: "SUGGESTED", weight: 1, diagonal: false }],
];
// Enough elements for several 64 KB chunks.
const MANY: [string, ExportAttributes][] = Array.from({ length: 3000 }, (_, i) => [`partner:p${i}`, { label: `${HOSTILE} ${i}`, nodeType: "partner", community: i % 7, x: i / 3 }]);

describe("streamed GraphML writer", () => {
  const model = { node: [["label", "string"], ["nodeType", "string"], ["community", "integer"], ["x", "double"]] as [string, "string" | "integer" | "double" | "boolean"][], edge: [["type", "string"], ["weight", "double"], ["diagonal", "boolean"]] as [string, "string" | "integer" | "double" | "boolean"][] };

  it("round-trips through graphology-graphml with types and escaped text", async () => {
    const xml = (await written((sink) => new GraphmlStreamWriter(sink, model, { runId: "run-1" }), NODES, EDGES)).join("");
    expect(xml).toContain('attr.name="community" attr.type="int"');
    expect(xml).toContain('attr.name="x" attr.type="double"');
    expect(xml).toContain('attr.name="diagonal" attr.type="boolean"');
    const back = parseGraphml(MultiDirectedGraph, xml);
    expect(back.order).toBe(2);
    expect(back.size).toBe(2);
    expect(back.getNodeAttribute("project:a&b", "label")).toBe(`Quotes "and" <tags> & ampersands`);
    expect(back.getNodeAttribute("project:a&b", "community")).toBe(2);
    expect(back.getAttribute("runId")).toBe("run-1");
    expect(back.edges().map((e) => back.getEdgeAttribute(e, "type")).sort()).toEqual(["ADDRESSES", "SUGGESTED"]);
    expect(back.getEdgeAttribute(back.edges().find((e) => back.getEdgeAttribute(e, "type") === "ADDRESSES")!, "diagonal")).toBe(true);
  });

  it("hands a large graph over in several chunks that parse back whole", async () => {
    const chunks = await written((sink) => new GraphmlStreamWriter(sink, model), MANY, []);
    expect(chunks.length).toBeGreaterThan(2);
    const back = parseGraphml(MultiDirectedGraph, chunks.join(""));
    expect(back.order).toBe(MANY.length);
    expect(back.getNodeAttributes("partner:p2999")).toEqual({ ...MANY[2999]![1] });
  });
});

describe("streamed JSON writer", () => {
  it("writes graphology's serialisation: import gives the same nodes, edges and attributes", async () => {
    const text = (await written((sink) => new GraphJsonStreamWriter(sink, { creator: "Diagonal" }), NODES, EDGES)).join("");
    const g = new MultiDirectedGraph();
    g.import(JSON.parse(text));
    expect(g.getAttributes()).toEqual({ creator: "Diagonal" });
    expect(g.nodes()).toEqual(NODES.map(([k]) => k));
    for (const [k, a] of NODES) expect(g.getNodeAttributes(k)).toEqual(a);
    expect(g.edges()).toEqual(["e0", "e1"]);
    expect(g.getEdgeAttributes("e1")).toEqual(EDGES[1]![3]);
    expect(g.source("e1")).toBe("project:a&b");
  });

  it("writes empty graphs and large graphs in several chunks", async () => {
    const empty = new MultiDirectedGraph();
    empty.import(JSON.parse((await written((sink) => new GraphJsonStreamWriter(sink), [], [])).join("")));
    expect([empty.order, empty.size]).toEqual([0, 0]);
    const chunks = await written((sink) => new GraphJsonStreamWriter(sink), MANY, [["e0", "partner:p0", "partner:p1", { type: "X" }]]);
    expect(chunks.length).toBeGreaterThan(2);
    const g = new MultiDirectedGraph();
    g.import(JSON.parse(chunks.join("")));
    expect([g.order, g.size]).toEqual([MANY.length, 1]);
  });
});
