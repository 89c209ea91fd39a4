// Exports on the MVO fixtures against a real Neo4j: GEXF and GraphML parse back (graphology-gexf,
// graphology-graphml) with the node and edge counts and attributes the graph has; CSV tables have
// one row per stored item; JSON imports into graphology; the public role, through the HTTP API,
// gets no private field in any export, and no CSV.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MultiDirectedGraph, MultiGraph } from "graphology";
import { communityColour, KIND_COLOURS } from "../../src/analysis/palette.ts";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { parse as parseCsv } from "csv-parse/sync";
import { importPath } from "../../src/services/import-service.ts";
import { decideSuggestion, getSuggestions, runAnalysis } from "../../src/services/analysis/index.ts";
import { buildExport } from "../../src/services/export-service.ts";
import { startHarness, type Harness } from "./http-harness.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;

describe("exports", () => {
  let h: Harness;
  let runId: string;
  let counts: { nodes: number; edges: number; suggestions: number; projects: number };

  beforeAll(async () => {
    h = await startHarness();
    await h.test.clear();
    await h.newTokens();
    await importPath(h.db, FIXTURES);
    // A planned network with a partner and an outcome only it reaches, and a note on a decision:
    // none of it may reach the public.
    await h.test.rows(`CREATE (p:Project {id: 'ln-gepland', name: 'Gepland geheim netwerk', status: 'planned', description: 'nog niet bekend'})
      CREATE (pa:Partner {id: 'stil-partner', name: 'Stille Partner nv', nameKey: 'stille partner', kind: 'company', activeIn: 'north', enterpriseNumber: 'BE0999888777'})
      CREATE (pa)-[:PARTICIPATES_IN {role: 'promoter'}]->(p)
      CREATE (p)-[:PRODUCED]->(:Outcome {id: 'o-geheim', title: 'Geheim plan', kind: 'report'})
      WITH p MATCH (t:Theme {id: 'transparency'}) CREATE (p)-[:ADDRESSES {weight: 1.0}]->(t)`);
    runId = (await runAnalysis(h.db, { seed: 3 })).id;
    const [s] = await getSuggestions(h.db, { limit: 1 });
    await decideSuggestion(h.db, s!.id, "reject", "vertrouwelijke notitie");
    const [c] = await h.test.rows<{ nodes: number; edges: number; suggestions: number; projects: number }>(`RETURN
      COUNT { (n) WHERE n:Project OR n:Partner OR n:Theme OR n:Outcome } AS nodes,
      COUNT { ()-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]->() } AS edges,
      COUNT { (s:Suggestion {runId: $runId}) } AS suggestions, COUNT { (:Project) } AS projects`, { runId });
    counts = c!;
  });
  afterAll(async () => {
    await h.test.clear();
    await h.close();
  });

  const expectAttributes = async (g: MultiDirectedGraph) => {
    expect(g.order).toBe(counts.nodes);
    expect(g.size).toBe(counts.edges + counts.suggestions);
    expect(g.filterEdges((_e, a) => a.type === "SUGGESTED")).toHaveLength(counts.suggestions);
    // Every project: its label, type, themes and its community in the run; positions from the layout.
    const rows = await h.test.rows<{ id: string; name: string; label: number; themes: string[] }>(`MATCH (p:Project)-[c:IN_COMMUNITY]->(:AnalysisRun {id: $runId})
      RETURN p.id AS id, p.name AS name, c.label AS label, COLLECT { MATCH (p)-[:ADDRESSES]->(t:Theme) RETURN t.id ORDER BY t.id } AS themes`, { runId });
    expect(rows).toHaveLength(counts.projects);
    for (const r of rows) {
      const a = g.getNodeAttributes(`project:${r.id}`);
      expect(a.label).toBe(r.name);
      expect(a.nodeType).toBe("project");
      expect(Number(a.community)).toBe(r.label);
      expect(String(a.communityNameNl).length).toBeGreaterThan(3);
      expect(a.themes ?? "").toBe(r.themes.join(";"));
      expect(Number.isFinite(Number(a.x)) && Number.isFinite(Number(a.y))).toBe(true);
    }
    const [best] = await h.test.rows<{ a: string; b: string; score: number }>("MATCH (s:Suggestion {runId: $runId, rank: 1}) RETURN s.a AS a, s.b AS b, s.score AS score", { runId });
    const edge = g.edges(`project:${best!.a}`, `project:${best!.b}`).find((e) => g.getEdgeAttribute(e, "type") === "SUGGESTED")!;
    expect(Number(g.getEdgeAttribute(edge, "score"))).toBeCloseTo(best!.score, 6);
    expect(String(g.getEdgeAttribute(edge, "reasonsNl")).length).toBeGreaterThan(10);
    // The decided pair's edge carries its decision; every other suggestion is open.
    const [decided] = await h.test.rows<{ a: string; b: string; decision: string }>("MATCH (d:Decision) RETURN d.a AS a, d.b AS b, d.decision AS decision");
    const decidedEdges = g.filterEdges((_e, a) => a.type === "SUGGESTED" && a.decision !== "open");
    expect(decidedEdges.map((e) => [g.source(e), g.target(e), g.getEdgeAttribute(e, "decision")])).toEqual([[`project:${decided!.a}`, `project:${decided!.b}`, decided!.decision]]);
    expect(g.getNodeAttribute("partner:stil-partner", "kind")).toBe("company");
    g.forEachNode((_k, a) => expect(a.enterpriseNumber).toBeUndefined());
  };

  it("GEXF parses back with the graph's nodes, edges and attributes", async () => {
    const out = await buildExport(h.db, { format: "gexf" });
    expect(out.contentType).toMatch(/gexf/);
    await expectAttributes(parseGexf(MultiDirectedGraph, out.body) as MultiDirectedGraph);
  });

  it("GEXF for Gephi: viz colours (the one palette), sizes and positions; collaborations and suggestions undirected, with a suggestion attribute", async () => {
    const out = await buildExport(h.db, { format: "gexf" });
    const g = parseGexf(MultiGraph, out.body) as MultiGraph;
    const rows = await h.test.rows<{ id: string; label: number }>("MATCH (p:Project)-[c:IN_COMMUNITY]->(:AnalysisRun {id: $runId}) RETURN p.id AS id, c.label AS label", { runId });
    for (const r of rows) {
      const a = g.getNodeAttributes(`project:${r.id}`);
      expect(String(a.color).toLowerCase(), r.id).toBe(communityColour(r.label).toLowerCase());
      expect(a.size).toBe(10);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    }
    expect(String(g.getNodeAttribute("theme:transparency", "color")).toLowerCase()).toBe(KIND_COLOURS.theme.toLowerCase());
    const collaborations = g.filterEdges((_e, a) => a.type === "COLLABORATES_WITH");
    const suggested = g.filterEdges((_e, a) => a.type === "SUGGESTED");
    expect(collaborations.length).toBeGreaterThan(0);
    expect(suggested).toHaveLength(counts.suggestions);
    for (const e of [...collaborations, ...suggested]) expect(g.isUndirected(e), e).toBe(true);
    expect(g.filterEdges((_e, a) => a.type === "PARTICIPATES_IN").every((e) => g.isDirected(e))).toBe(true);
    // Gephi filters on the attribute: true on every suggestion, false on every stored relation.
    g.forEachEdge((e, a) => expect(a.suggestion, e).toBe(a.type === "SUGGESTED"));
    // GraphML: r, g, b and undirected collaborations likewise.
    const graphml = (await buildExport(h.db, { format: "graphml" })).body;
    expect(graphml).toContain('attr.name="r"');
    expect(graphml).toMatch(/<edge id="[^"]+" directed="false" source="project:/);
  });

  it("GraphML parses back with the graph's nodes, edges and attributes", async () => {
    const out = await buildExport(h.db, { format: "graphml" });
    await expectAttributes(parseGraphml(MultiDirectedGraph, out.body) as MultiDirectedGraph);
  });

  it("JSON is the whole graph in graphology's serialisation", async () => {
    const out = await buildExport(h.db, { format: "json" });
    const g = new MultiDirectedGraph();
    g.import(JSON.parse(out.body));
    await expectAttributes(g);
  });

  it("CSV: one row per suggestion of the run, per decision, per opportunity of the run", async () => {
    const rows = (body: string) => parseCsv(body, { columns: true }) as Record<string, string>[];
    const suggestions = rows((await buildExport(h.db, { format: "csv" })).body);
    expect(suggestions).toHaveLength(counts.suggestions);
    expect(suggestions[0]).toMatchObject({ rank: "1" });
    expect(suggestions.filter((s) => s.decision === "rejected")).toHaveLength(1);
    const decisions = rows((await buildExport(h.db, { format: "csv", table: "decisions" })).body);
    expect(decisions.map((d) => [d.decision, d.note])).toEqual([["rejected", "vertrouwelijke notitie"]]);
    const [{ n }] = (await h.test.rows<{ n: number }>("MATCH (o:Opportunity {runId: $runId}) RETURN count(o) AS n", { runId })) as [{ n: number }];
    expect(rows((await buildExport(h.db, { format: "csv", table: "opportunities" })).body)).toHaveLength(n);
  });

  it("over HTTP: analysts get everything; the public role gets no private field in any export and no CSV", async () => {
    const analyst = await h.call("analyst", "GET", "/api/v1/export?format=gexf");
    expect(analyst.status).toBe(200);
    expect(analyst.headers.get("content-disposition")).toMatch(/attachment; filename="diagonal-graph.gexf"/);
    expect(analyst.text).toContain("SUGGESTED");
    expect(analyst.text).toContain("Gepland geheim netwerk");

    for (const format of ["gexf", "graphml", "json"]) {
      const res = await h.call("public", "GET", `/api/v1/export?format=${format}`);
      expect(res.status).toBe(200);
      for (const secret of ["ln-gepland", "Gepland geheim", "stil-partner", "Stille Partner", "o-geheim", "Geheim plan", "BE0", "enterpriseNumber", "nameKey",
        "SUGGESTED", "community", "brokerScore", "bestSuggestionScore", "reasonsNl", "vertrouwelijke", "rejected", runId]) {
        expect(res.text, `${format} must not contain ${secret}`).not.toContain(secret);
      }
      expect(res.text).toContain("Talent in kmo");
    }
    for (const table of ["suggestions", "decisions", "opportunities"]) {
      const res = await h.call("public", "GET", `/api/v1/export?format=csv&table=${table}`);
      // A missing token is a 401, as everywhere.
      expect(res.status).toBe(401);
      expect(res.json.detail).toMatch(/analyst's bearer token/);
    }
    const bad = await h.call("analyst", "GET", "/api/v1/export?format=pdf");
    expect(bad.status).toBe(400);
    // Refused by the route's own schema (the enum the OpenAPI document states), naming the field.
    expect(bad.json.detail).toMatch(/query field format: expected an export format: gexf, graphml, csv, json/);
    const badRun = await h.call("analyst", "GET", "/api/v1/export?format=gexf&run=run-none");
    expect(badRun.status).toBe(404);
  });

  it("reports over HTTP: analysts only, files with their type, clear errors", async () => {
    expect((await h.call("public", "GET", "/api/v1/reports/health")).status).toBe(401);
    const md = await h.call("analyst", "GET", "/api/v1/reports/health?format=md&lang=en");
    expect(md.status).toBe(200);
    expect(md.headers.get("content-type")).toMatch(/text\/markdown/);
    expect(md.text).toMatch(/^# Network health/);
    const doc = await h.call("analyst", "GET", "/api/v1/reports/theme?subject=transparency&format=json");
    expect(doc.json.title).toBe("Thema: Transparantie");
    const kind = await h.call("analyst", "GET", "/api/v1/reports/weather");
    expect(kind.status).toBe(400);
    expect(kind.json.detail).toMatch(/expected a report kind: health, theme, letter, digest/);
    expect((await h.call("analyst", "GET", "/api/v1/reports/letter?subject=ln-none")).status).toBe(404);
    const since = await h.call("analyst", "GET", "/api/v1/reports/digest?since=yesterday-ish!");
    expect(since.status).toBe(400);
    expect(since.json.detail).toMatch(/since: expected a date/);
  });
});
