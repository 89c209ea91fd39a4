// Letters, theme reports and the digest leave the office, so by default they never name a planned
// network, a partner that only a planned network brings, nor its outcomes; the internal version
// (coordinator and admin only) names them and says it is internal. On the MVO fixtures with a
// planned neighbour of "Talent in kmo's" built to be its best match: same themes, the same text,
// four of its partners, a partner of its own and an outcome about the same themes. The internal
// letter must name all three (so the public one leaves them out for a reason, not by chance); the
// public letter, theme report and digest, as HTML, Markdown and e-mail HTML, name none of them; nor
// do they show a theme gap the run counted with the planned network, or a broker who spans clusters
// only through it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDataset, importPath } from "../../src/services/import-service.ts";
import { getOpportunities, runAnalysis } from "../../src/services/analysis/index.ts";
import { latestRun } from "../../src/services/analysis/queries.ts";
import { reportSecrets, visibleFindings } from "../../src/services/reports/report-audience.ts";
import { buildReport, type RenderedReport } from "../../src/services/reports/report-service.ts";
import { renderEmailHtml } from "../../src/reports/render-email.ts";
import { renderMarkdown } from "../../src/reports/render-markdown.ts";
import { renderHtml } from "../../src/reports/render-html.ts";
import { internalMark } from "../../src/reports/internal-mark.ts";
import { startHarness, type Harness } from "./http-harness.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;
const PROJECT = "ln-talent-kmo";
const PLANNED = "Kempens talentnetwerk in voorbereiding";
const SECRET_PARTNER = "Stille Vennoot Kempen bv";
const SECRET_OUTCOME = "Kempens talentenkompas voor zaakvoerders";
const SECRETS = [PLANNED, SECRET_PARTNER, SECRET_OUTCOME];
/** A theme only the planned network addresses: the run's theme gap about it counted that network. */
const SECRET_THEME = "Circulair bouwen in de Kempen";
/** A partner of one public network in another cluster, who spans clusters only through the planned network. */
const BRIDGE = "televlaanderen";

/** Every text form a report can leave the office in: HTML, Markdown and e-mail HTML. */
const forms = (r: RenderedReport) => [renderHtml(r.document), renderMarkdown(r.document), renderEmailHtml(r.document), JSON.stringify(r.document)];

describe("reports that leave the office keep planned networks secret", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    await h.test.clear();
    await h.newTokens();
    await importPath(h.db, FIXTURES);
    const [talent] = await h.test.rows<{ description: string }>("MATCH (p:Project {id: $id}) RETURN p.description AS description", { id: PROJECT });
    await importDataset(h.db, {
      projects: [{ id: "ln-kempen-gepland", name: PLANNED, description: talent!.description, status: "planned", region: "Antwerpen", start: "2027-01" }],
      partners: [{ id: "stille-vennoot", name: SECRET_PARTNER, kind: "sme", region: "Antwerpen", size: "small", activeIn: "north" }],
      themes: [{ id: "circulair-bouwen-kempen", nameNl: SECRET_THEME, nameEn: SECRET_THEME }],
      participations: ["kmo-ondernemersbond", "bakkerij-peeters", "transport-maes", "hr-kompas", "stille-vennoot", BRIDGE].map((partner) => ({ partner, project: "ln-kempen-gepland", role: "partner" })),
      projectThemes: [{ project: "ln-kempen-gepland", theme: "talent-development", weight: 1 }, { project: "ln-kempen-gepland", theme: "company-size", weight: 0.6 }, { project: "ln-kempen-gepland", theme: "circulair-bouwen-kempen", weight: 0.3 }],
      outcomes: [{
        id: "o-kempen-kompas", project: "ln-kempen-gepland", title: SECRET_OUTCOME, kind: "tool", date: "2026-10-01",
        summary: "Een eenvoudig talentenkompas waarmee zaakvoerders van kmo's de competenties van hun medewerkers in kaart brengen en een opleidingsplan opstellen.",
        themes: ["talent-development", "company-size"],
      }],
    } as never);
    await runAnalysis(h.db, { seed: 7 });
  });
  afterAll(async () => {
    await h.test.clear();
    await h.close();
  });

  it("the internal letter names the planned network, its own partner and its outcome, and is marked internal in both languages", async () => {
    for (const lang of ["nl", "en"] as const) {
      const r = await buildReport(h.db, { kind: "letter", subject: PROJECT, lang, format: "md", internal: true });
      const md = r.body as string;
      for (const s of SECRETS) expect(md, `${lang}: ${s}`).toContain(s);
      expect(md).toContain(lang === "nl" ? "**INTERN**" : "**INTERNAL**");
      expect(md).toContain(internalMark(lang).text);
      expect(r.document.internal).toBe(true);
      expect(renderHtml(r.document)).toContain(`<p class="internal" role="note"><strong>${lang === "nl" ? "Intern" : "Internal"}</strong>`);
      expect(r.fileName).toBe(`diagonal-letter-${PROJECT}-internal-${lang}.md`);
    }
  });

  it("the letter to a public network names none of them, in HTML, Markdown or e-mail text, and is not marked internal", async () => {
    for (const lang of ["nl", "en"] as const) {
      const r = await buildReport(h.db, { kind: "letter", subject: PROJECT, lang, format: "html" });
      expect(r.document.internal).toBeUndefined();
      for (const text of forms(r)) {
        for (const s of SECRETS) expect(text).not.toContain(s);
        expect(text).not.toContain(internalMark(lang).text);
      }
      // Still a letter: it recommends networks, outcomes and partners the reader may know of.
      const collaborations = r.document.sections.find((s) => s.id === "collaborations")!;
      expect(collaborations.blocks.some((b) => b.type === "list" && b.items.length > 0)).toBe(true);
    }
  });

  it("since a date, the letter names no planned network nor the partners who joined it", async () => {
    const r = await buildReport(h.db, { kind: "letter", subject: PROJECT, since: "2000-01-01", format: "md", lang: "en" });
    for (const s of SECRETS) expect(r.body as string).not.toContain(s);
    const internal = await buildReport(h.db, { kind: "letter", subject: PROJECT, since: "2000-01-01", format: "md", lang: "en", internal: true });
    expect(internal.body as string).toContain(PLANNED);
  });

  it("the theme report and the digest name none of them either; the internal versions do", async () => {
    const theme = await buildReport(h.db, { kind: "theme", subject: "talent-development", format: "html", lang: "nl" });
    const digest = await buildReport(h.db, { kind: "digest", since: "2000-01-01", format: "html", lang: "nl" });
    for (const r of [theme, digest]) for (const text of forms(r)) for (const s of SECRETS) expect(text).not.toContain(s);
    // The theme's figures count only the networks the reader may see.
    const [n] = await h.test.rows<{ n: number }>("MATCH (p:Project)-[:ADDRESSES]->(:Theme {id: 'talent-development'}) WHERE p.status <> 'planned' RETURN count(p) AS n");
    const networks = theme.document.sections.find((s) => s.id === "networks")!.blocks.find((b) => b.type === "table")!;
    expect(networks.type === "table" && networks.rows.length).toBe(n!.n);
    const themeInternal = await buildReport(h.db, { kind: "theme", subject: "talent-development", format: "md", lang: "nl", internal: true });
    expect(themeInternal.body as string).toContain(PLANNED);
    expect(themeInternal.body as string).toContain("**INTERN**");
    const digestInternal = await buildReport(h.db, { kind: "digest", since: "2000-01-01", format: "md", lang: "en", internal: true });
    expect(digestInternal.body as string).toContain(PLANNED);
  });

  it("a theme gap counted with the planned network, and a broker who spans clusters only through it, stay internal", async () => {
    const [bridge] = await h.test.rows<{ name: string }>("MATCH (p:Partner {id: $id}) RETURN p.name AS name", { id: BRIDGE });
    // The run found the bridge a broker; the public reports' filter drops it, the internal keeps it.
    const run = (await latestRun(h.db))!.id;
    const broker = (await getOpportunities(h.db, { kind: "broker", runId: run, limit: 500 })).filter((o) => o.subjects[0]!.id === BRIDGE);
    expect(broker).toHaveLength(1);
    expect(await visibleFindings(h.db, await reportSecrets(h.db, false), run, broker)).toEqual([]);
    expect(await visibleFindings(h.db, await reportSecrets(h.db, true), run, broker)).toEqual(broker);
    const internal = await buildReport(h.db, { kind: "digest", since: "2000-01-01", format: "json", lang: "nl", internal: true });
    const findings = (doc: RenderedReport["document"]) => JSON.stringify(doc.sections.find((s) => s.id === "opportunities"));
    expect(findings(internal.document)).toContain(SECRET_THEME);
    const digest = await buildReport(h.db, { kind: "digest", since: "2000-01-01", format: "json", lang: "nl" });
    expect(findings(digest.document)).not.toContain(SECRET_THEME);
    expect(findings(digest.document)).not.toContain(bridge!.name);
    const theme = await buildReport(h.db, { kind: "theme", subject: "circulair-bouwen-kempen", format: "json", lang: "nl" });
    expect(JSON.stringify(theme.document)).not.toMatch(/slechts 1 netwerk/);
    expect(JSON.stringify((await buildReport(h.db, { kind: "theme", subject: "circulair-bouwen-kempen", format: "json", lang: "nl", internal: true })).document)).toMatch(/slechts 1 netwerk/);
    for (const text of forms(await buildReport(h.db, { kind: "letter", subject: PROJECT, format: "md", lang: "nl" }))) expect(text).not.toContain(bridge!.name);
  });

  it("over HTTP, internal=true is for coordinators and admins only", async () => {
    const analyst = await h.call("analyst", "GET", `/api/v1/reports/letter?subject=${PROJECT}&format=md&internal=true`);
    expect(analyst.status).toBe(403);
    expect(analyst.json.detail).toMatch(/coordinator/);
    const plain = await h.call("analyst", "GET", `/api/v1/reports/letter?subject=${PROJECT}&format=md`);
    expect(plain.status).toBe(200);
    for (const s of SECRETS) expect(plain.text).not.toContain(s);
    const coordinator = await h.call("coordinator", "GET", `/api/v1/reports/letter?subject=${PROJECT}&format=md&internal=true`);
    expect(coordinator.status).toBe(200);
    expect(coordinator.text).toContain(PLANNED);
    expect(coordinator.text).toContain("INTERN");
    const bad = await h.call("coordinator", "GET", `/api/v1/reports/letter?subject=${PROJECT}&internal=maybe`);
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toMatch(/internal: expected true or false/);
  });
});
