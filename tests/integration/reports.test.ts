// The four reports built from the MVO fixtures on a real Neo4j: each section's figures are checked
// against numbers this test computes itself with plain Cypher (never through the report code); the
// digest since a run lists exactly what the test added after it; bad requests say what is wrong;
// the HTML report renders in headless Chromium and is not blank; PDF prints, or says why it cannot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium } from "playwright-core";
import type { Database } from "../../src/db/connect.ts";
import { importPath } from "../../src/services/import-service.ts";
import { decideSuggestion, getSuggestions, runAnalysis } from "../../src/services/analysis/index.ts";
import { createProject } from "../../src/services/entities/projects.ts";
import { createOutcome } from "../../src/services/entities/outcomes.ts";
import { NotFoundError, ValidationError } from "../../src/errors.ts";
import { buildReport, ChromiumMissingError } from "../../src/services/reports/report-service.ts";
import type { Block, ReportDocument } from "../../src/reports/document.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;

const section = (doc: ReportDocument, id: string) => {
  const s = doc.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id} in ${doc.kind}`);
  return s;
};
const blocks = <T extends Block["type"]>(doc: ReportDocument, id: string, type: T) => section(doc, id).blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);
const fact = (doc: ReportDocument, label: string) => blocks(doc, "overview", "facts")[0]!.items.find((i) => i.label === label)?.value;
const json = async (db: Database, req: Parameters<typeof buildReport>[1]) => (await buildReport(db, { ...req, format: "json" })).document;

describe("reports", () => {
  let t: TestDb;
  let db: Database;
  let runId: string;

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
    await importPath(db, FIXTURES);
    runId = (await runAnalysis(db, { seed: 7 })).id;
  });
  afterAll(async () => {
    await t.clear();
    await t.close();
  });

  it("health: counts, components, modularity, communities, central networks and decisions match the graph", async () => {
    // One accepted and one rejected suggestion, so the shares are not trivial.
    const [s1, s2] = await getSuggestions(db, { limit: 2 });
    await decideSuggestion(db, s1!.id, "accept");
    await decideSuggestion(db, s2!.id, "reject", "niet nu");
    const doc = await json(db, { kind: "health", lang: "en" });

    const [c] = await t.rows<Record<string, number>>(`RETURN COUNT { (:Project) } AS projects, COUNT { (:Partner) } AS partners, COUNT { (:Theme) } AS themes,
      COUNT { (:Outcome) } AS outcomes, COUNT { ()-[:COLLABORATES_WITH]->() } AS collaborations, COUNT { ()-[:PARTICIPATES_IN]->() } AS participations`);
    expect(fact(doc, "Learning networks")).toBe(String(c!.projects));
    expect(fact(doc, "Partners")).toBe(String(c!.partners));
    expect(fact(doc, "Themes")).toBe(String(c!.themes));
    expect(fact(doc, "Outcomes")).toBe(String(c!.outcomes));
    expect(fact(doc, "Participations")).toBe(String(c!.participations));
    expect(fact(doc, "Confirmed collaborations")).toBe(String(c!.collaborations)); // includes the accepted pair

    // Components: networks linked by a shared partner or a collaboration, by union–find here.
    const links = await t.rows<{ a: string; b: string }>(`
      MATCH (a:Project)<-[:PARTICIPATES_IN]-(:Partner)-[:PARTICIPATES_IN]->(b:Project) WHERE a.id < b.id RETURN DISTINCT a.id AS a, b.id AS b
      UNION MATCH (a:Project)-[:COLLABORATES_WITH]-(b:Project) RETURN a.id AS a, b.id AS b`);
    const ids = (await t.rows<{ id: string }>("MATCH (p:Project) RETURN p.id AS id")).map((r) => r.id);
    const parent = new Map(ids.map((i) => [i, i]));
    const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x)!));
    for (const l of links) parent.set(find(l.a), find(l.b));
    expect(fact(doc, "Components")).toBe(String(new Set(ids.map(find)).size));

    const [run] = await t.rows<{ modularity: number }>("MATCH (r:AnalysisRun {id: $runId}) RETURN r.modularity AS modularity", { runId });
    expect(fact(doc, "Modularity")).toBe(run!.modularity.toFixed(3));

    // Community sizes and names: one row per IN_COMMUNITY label, sized as the graph says.
    const sizes = await t.rows<{ label: number; size: number }>("MATCH (:Project)-[c:IN_COMMUNITY]->(:AnalysisRun {id: $runId}) RETURN c.label AS label, count(*) AS size ORDER BY label", { runId });
    const table = blocks(doc, "communities", "table")[0]!;
    expect(table.rows.map((r) => [r[0], r[2]]).sort()).toEqual(sizes.map((s) => [s.label, s.size]).sort());
    for (const row of table.rows) expect(String(row[1])).not.toMatch(/^Community \d+$/);
    const bars = blocks(doc, "communities", "figure").find((f) => f.figure.type === "bars")!.figure as { data: { value: number }[] };
    expect(bars.data.map((d) => d.value).reduce((a, b) => a + b, 0)).toBe(c!.projects);

    // The most central network: most links of the five kinds.
    const [top] = await t.rows<{ name: string; degree: number }>(`MATCH (p:Project)
      RETURN p.name AS name, COUNT { (p)-[:PARTICIPATES_IN|ADDRESSES|PRODUCED|COLLABORATES_WITH]-() } AS degree ORDER BY degree DESC, p.id LIMIT 1`);
    expect(blocks(doc, "central", "table")[0]!.rows[0]).toEqual([top!.name, top!.degree]);

    // Links within and across themes, among confirmed collaborations.
    const [th] = await t.rows<{ within: number; across: number }>(`MATCH (a:Project)-[:COLLABORATES_WITH]->(b:Project)
      WITH a, b, EXISTS { (a)-[:ADDRESSES]->(:Theme)<-[:ADDRESSES]-(b) } AS shared
      RETURN count(CASE WHEN shared THEN 1 END) AS within, count(CASE WHEN NOT shared THEN 1 END) AS across`);
    expect(blocks(doc, "themes", "table")[0]!.rows.map((r) => r[1])).toEqual([th!.within, th!.across]);

    // Decision shares of the run's suggestions.
    const [d] = await t.rows<{ total: number; accepted: number; rejected: number }>(`MATCH (s:Suggestion {runId: $runId}) OPTIONAL MATCH (d:Decision {pairKey: s.a + '|' + s.b})
      RETURN count(s) AS total, count(CASE WHEN d.decision = 'accepted' THEN 1 END) AS accepted, count(CASE WHEN d.decision = 'rejected' THEN 1 END) AS rejected`, { runId });
    expect(d!.accepted).toBe(1);
    expect(blocks(doc, "suggestions", "table")[0]!.rows.map((r) => r[1])).toEqual([d!.accepted, d!.rejected, d!.total - d!.accepted - d!.rejected]);

    const [iso] = await t.rows<{ n: number }>("MATCH (o:Opportunity {runId: $runId, kind: 'isolated'}) RETURN count(o) AS n", { runId });
    expect(blocks(doc, "isolated", "list")[0]?.items.length ?? 0).toBe(Math.min(iso!.n, 15));
    // First run: nothing to compare with yet.
    expect(blocks(doc, "changes", "paragraph")[0]!.text).toMatch(/first run/);
    const picture = blocks(doc, "communities", "figure").find((f) => f.figure.type === "network")!.figure as { picture: { nodes: unknown[] } };
    expect(picture.picture.nodes).toHaveLength(c!.projects!);
  });

  it("theme report (Dutch by default): networks, partner kinds, outcomes, related themes and recommendations match the graph", async () => {
    const doc = await json(db, { kind: "theme", subject: "talent-development" });
    expect(doc.lang).toBe("nl");
    expect(doc.title).toBe("Thema: Talentontwikkeling");
    const networks = await t.rows<{ name: string }>("MATCH (p:Project)-[:ADDRESSES]->(:Theme {id: 'talent-development'}) RETURN p.name AS name ORDER BY name");
    expect(blocks(doc, "networks", "table")[0]!.rows.map((r) => r[0]).sort()).toEqual(networks.map((n) => n.name));
    const kinds = await t.rows<{ kind: string; n: number }>(`MATCH (pa:Partner)-[:PARTICIPATES_IN]->(:Project)-[:ADDRESSES]->(:Theme {id: 'talent-development'})
      RETURN pa.kind AS kind, count(DISTINCT pa) AS n`);
    const bars = blocks(doc, "partners", "figure")[0]!.figure as { data: { label: string; value: number }[] };
    const byLabel = Object.fromEntries(bars.data.map((d) => [d.label, d.value]));
    const nl: Record<string, string> = { company: "bedrijf", sme: "kmo", "social-economy": "sociale economie", ngo: "ngo", academic: "kennisinstelling", consultancy: "adviesbureau", "social-partner": "sociale partner", government: "overheid", other: "andere" };
    expect(byLabel).toEqual(Object.fromEntries(kinds.map((k) => [nl[k.kind], k.n])));
    // Social against regular economy: distinct partners of each side.
    const [sides] = await t.rows<{ social: number; regular: number }>(`MATCH (pa:Partner)-[:PARTICIPATES_IN]->(:Project)-[:ADDRESSES]->(:Theme {id: 'talent-development'})
      WITH DISTINCT pa RETURN count(CASE WHEN pa.kind = 'social-economy' THEN 1 END) AS social, count(CASE WHEN pa.kind IN ['company', 'sme'] THEN 1 END) AS regular`);
    expect(blocks(doc, "partners", "table")[0]!.rows[0]).toEqual(["sociale economie", sides!.social, "reguliere economie", sides!.regular]);
    const outcomes = await t.rows<{ title: string }>("MATCH (o:Outcome)-[:ABOUT]->(:Theme {id: 'talent-development'}) RETURN o.title AS title ORDER BY title");
    expect(blocks(doc, "outcomes", "table")[0]!.rows.map((r) => r[0]).sort()).toEqual(outcomes.map((o) => o.title));
    const related = await t.rows<{ name: string; n: number }>(`MATCH (:Theme {id: 'talent-development'})<-[:ADDRESSES]-(p:Project)-[:ADDRESSES]->(o:Theme)
      WHERE o.id <> 'talent-development' RETURN o.nameNl AS name, count(DISTINCT p) AS n`);
    const relBars = blocks(doc, "related", "figure")[0]!.figure as { data: { label: string; value: number }[] };
    expect(Object.fromEntries(relBars.data.map((d) => [d.label, d.value]))).toEqual(Object.fromEntries(related.map((r) => [r.name, r.n])));
    // Recommendations: the open suggestions of the run touching the theme, with Dutch reasons.
    const rec = blocks(doc, "recommendations", "list")[0]!.items;
    expect(rec.length).toBeGreaterThan(0);
    const [best] = await t.rows<{ a: string; b: string; details: string }>(`MATCH (s:Suggestion {runId: $runId})
      WHERE EXISTS { MATCH (p:Project)-[:ADDRESSES]->(:Theme {id: 'talent-development'}) WHERE p.id IN [s.a, s.b] }
        AND NOT EXISTS { MATCH (d:Decision {pairKey: s.a + '|' + s.b}) WHERE d.decision = 'accepted' OR d.fingerprint = s.fingerprint }
      MATCH (a:Project {id: s.a}) MATCH (b:Project {id: s.b})
      RETURN a.name AS a, b.name AS b, s.details AS details ORDER BY s.rank LIMIT 1`, { runId });
    expect(rec[0]).toBe(`${best!.a} + ${best!.b}: ${JSON.parse(best!.details).reasons.nl.join("; ")}`);
    // Written for a reader who never saw a graph: no jargon in the Dutch text.
    const md = (await buildReport(db, { kind: "theme", subject: "talent-development", format: "md" })).body as string;
    expect(md).toMatch(/^# Thema: Talentontwikkeling/);
    expect(md).not.toMatch(/\b(graaf|graph|node|knoop|modulariteit|centraliteit)\b/i);
    const en = await json(db, { kind: "theme", subject: "talent-development", lang: "en" });
    expect(en.title).toBe("Theme: Talent development");
  });

  it("letter: the network's own open suggestions, best first, with reasons in the chosen language", async () => {
    const project = "ln-talent-kmo";
    const doc = await json(db, { kind: "letter", subject: project, lang: "en" });
    const expected = await t.rows<{ other: string; details: string }>(`MATCH (s:Suggestion {runId: $runId}) WHERE $project IN [s.a, s.b]
        AND NOT EXISTS { MATCH (d:Decision {pairKey: s.a + '|' + s.b}) WHERE d.decision = 'accepted' OR d.fingerprint = s.fingerprint }
      MATCH (o:Project) WHERE o.id IN [s.a, s.b] AND o.id <> $project
      RETURN o.name AS other, s.details AS details ORDER BY s.rank LIMIT 5`, { runId, project });
    expect(blocks(doc, "collaborations", "list")[0]!.items).toEqual(expected.map((e) => `${e.other}: ${JSON.parse(e.details).reasons.en.join("; ")}`));
    const [{ reuse }] = (await t.rows<{ reuse: number }>(`MATCH (o:Opportunity {runId: $runId, kind: 'reusable-outcome'}) WHERE o.details CONTAINS $to RETURN count(o) AS reuse`, { runId, to: `"to":"${project}"` })) as [{ reuse: number }];
    expect(blocks(doc, "outcomes", "list")[0]?.items.length ?? 0).toBe(Math.min(reuse, 5));
    expect(doc.title).toBe("Recommendations for Talent in kmo's");
    expect(section(doc, "brokers").heading).toBe("Brokers to talk to");
  });

  it("digest since a run lists exactly what was added after it, and nothing planned", async () => {
    const since = (await runAnalysis(db, { seed: 7 })).id;
    await createProject(db, { id: "ln-nieuw-circulair", name: "Circulair ondernemen in de Kempen", description: "Nieuw netwerk rond circulaire economie en talent.", status: "active", region: "Kempen" } as never);
    await createProject(db, { id: "ln-geheim", name: "Nog niet aangekondigd", status: "planned" } as never);
    await t.rows("MATCH (p:Project {id: 'ln-nieuw-circulair'}), (t:Theme {id: 'talent-development'}) CREATE (p)-[:ADDRESSES {weight: 1.0}]->(t)");
    await createOutcome(db, { id: "o-nieuw-gids", project: "ln-talent-kmo", title: "Nieuwe gids voor circulair talent", kind: "report", themes: ["talent-development"] } as never);
    const [open] = await getSuggestions(db, { limit: 1 });
    await decideSuggestion(db, open!.id, "accept", "samen een studiedag");
    const latest = (await runAnalysis(db, { seed: 7 })).id;

    const doc = await json(db, { kind: "digest", since, lang: "nl" });
    expect(doc.source.since).toBe(since);
    expect(blocks(doc, "networks", "list")[0]!.items).toEqual(["Circulair ondernemen in de Kempen (Kempen): Nieuw netwerk rond circulaire economie en talent."]);
    expect(blocks(doc, "outcomes", "list")[0]!.items).toEqual(["Nieuwe gids voor circulair talent – rapport, Talent in kmo's"]);
    const [pair] = await t.rows<{ a: string; b: string }>("MATCH (a:Project {id: $a}), (b:Project {id: $b}) RETURN a.name AS a, b.name AS b", { a: open!.a, b: open!.b });
    expect(blocks(doc, "collaborations", "list")[0]!.items).toEqual([`${pair!.a} en ${pair!.b} werken samen`]);
    // New opportunities: keys of the latest run that the earlier run did not have, none about or
    // explained by a planned network (ln-geheim, and the fixture's planned one).
    const fresh = await t.rows<{ key: string }>(`MATCH (o:Opportunity {runId: $latest}) WHERE NOT EXISTS { MATCH (old:Opportunity {runId: $since}) WHERE old.key = o.key }
      AND NOT EXISTS { MATCH (p:Project {status: 'planned'}) WHERE o.subjects CONTAINS '"id":"' + p.id + '"' OR o.details CONTAINS '"' + p.id + '"' } RETURN o.key AS key`, { latest, since });
    expect(doc.sections.find((s) => s.id === "summary")!.blocks[0]).toMatchObject({ text: expect.stringContaining(`${fresh.length} nieuwe kansen`) });
    const all = JSON.stringify(doc);
    expect(all).not.toContain("Nog niet aangekondigd");
    expect(all).not.toContain("ln-geheim");

    // Since a date after everything: nothing new. E-mail HTML: inline styles, no script, no <style>.
    const empty = await json(db, { kind: "digest", since: "2999-01-01" });
    expect(blocks(empty, "networks", "paragraph")[0]!.text).toBe("Geen nieuwe netwerken.");
    const mail = (await buildReport(db, { kind: "digest", since, format: "html" })).body as string;
    expect(mail).toContain("Circulair ondernemen in de Kempen");
    expect(mail).not.toMatch(/<script|<style|<link|<svg|\bclass=/i);
    expect(mail).toMatch(/<td style="/);
    const md = (await buildReport(db, { kind: "digest", since, format: "md" })).body as string;
    expect(md).toContain("## Nieuwe lerende netwerken\n\n- Circulair ondernemen in de Kempen");
  });

  it("gives a clear error for unknown kinds, themes, projects, runs, formats and dates, and for missing arguments", async () => {
    await expect(buildReport(db, { kind: "weather" as never })).rejects.toThrow(/kind: expected a report kind: health, theme, letter, digest \(got "weather"\)/);
    await expect(buildReport(db, { kind: "health", format: "docx" as never })).rejects.toThrow(/format: expected a format: html, md, json, pdf/);
    await expect(buildReport(db, { kind: "health", lang: "fr" as never })).rejects.toThrow(/lang: expected nl or en/);
    await expect(buildReport(db, { kind: "theme", subject: "no-such-theme" })).rejects.toThrow(NotFoundError);
    await expect(buildReport(db, { kind: "theme", subject: "no-such-theme" })).rejects.toThrow(/theme "no-such-theme" not found/);
    await expect(buildReport(db, { kind: "letter", subject: "ln-none" })).rejects.toThrow(/project "ln-none" not found/);
    await expect(buildReport(db, { kind: "health", run: "run-none" })).rejects.toThrow(/analysis run "run-none" not found/);
    await expect(buildReport(db, { kind: "digest", since: "run-none" })).rejects.toThrow(/analysis run "run-none" not found/);
    await expect(buildReport(db, { kind: "digest", since: "2026-13-45" })).rejects.toThrow(/since: expected a date \(YYYY-MM-DD\) or an analysis run id/);
    await expect(buildReport(db, { kind: "letter", subject: "ln-talent-kmo", internal: "yes" as never })).rejects.toThrow(/internal: expected true or false/);
    await expect(buildReport(db, { kind: "theme" })).rejects.toThrow(ValidationError);
    await expect(buildReport(db, { kind: "letter" })).rejects.toThrow(/subject: the recommendation letter needs a project id/);
  });

  it("HTML is self-contained, renders in headless Chromium and is not blank; PDF prints", async () => {
    const html = (await buildReport(db, { kind: "health" })).body as string;
    expect(html).not.toMatch(/<script|<link|src="http|href="http/i);
    expect(html).toContain("@media print");
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(4);
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 1400 } });
      await page.setContent(html);
      const shot = await page.screenshot({ fullPage: true });
      // Decode the screenshot in the browser and count what is not white, and how many colours.
      await page.setContent("<canvas></canvas>");
      const stats = await page.evaluate(async (b64) => {
        // Runs in the page (no DOM types in this project's TypeScript settings).
        const g = globalThis as any;
        const img = new g.Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = g.document.querySelector("canvas");
        c.width = img.width; c.height = img.height;
        const ctx = c.getContext("2d");
        ctx.drawImage(img, 0, 0);
        const d: Uint8ClampedArray = ctx.getImageData(0, 0, c.width, c.height).data;
        let ink = 0;
        const colours = new Set<number>();
        for (let i = 0; i < d.length; i += 4 * 7) {
          if (d[i]! < 240 || d[i + 1]! < 240 || d[i + 2]! < 240) ink++;
          colours.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
        }
        return { ink: ink / (d.length / 28), colours: colours.size, height: img.height };
      }, shot.toString("base64"));
      expect(stats.height).toBeGreaterThan(1400);
      expect(stats.ink).toBeGreaterThan(0.02);
      expect(stats.colours).toBeGreaterThan(20);
    } finally {
      await browser.close();
    }
    const pdf = (await buildReport(db, { kind: "letter", subject: "ln-talent-kmo", format: "pdf" })).body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const saved = process.env.DIAGONAL_CHROMIUM;
    process.env.DIAGONAL_CHROMIUM = "/nonexistent/chromium";
    try {
      await expect(buildReport(db, { kind: "health", format: "pdf" })).rejects.toThrow(ChromiumMissingError);
      await expect(buildReport(db, { kind: "health", format: "pdf" })).rejects.toThrow(/PDF needs headless Chromium.*\/nonexistent\/chromium/);
    } finally {
      if (saved === undefined) delete process.env.DIAGONAL_CHROMIUM;
      else process.env.DIAGONAL_CHROMIUM = saved;
    }
  });
});
