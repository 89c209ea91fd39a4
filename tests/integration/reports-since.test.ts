// --since RUN|DATE on every report kind, on the MVO fixtures and a real Neo4j: after a first run the
// test adds a network on a theme, lets a partner join a network (through the importer), decides a
// suggestion and runs again; the health report, the theme report and the letter since the first run
// (or a date) then list exactly those, and count the new suggestions as plain Cypher does. Without
// --since no such section appears, so a --since that is ignored fails here. Also through the HTTP
// API and the command line.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDataset, importPath } from "../../src/services/import-service.ts";
import { decideSuggestion, getSuggestions, runAnalysis } from "../../src/services/analysis/index.ts";
import { createProject } from "../../src/services/entities/projects.ts";
import { buildReport } from "../../src/services/reports/report-service.ts";
import type { Block, ReportDocument } from "../../src/reports/document.ts";
import { startHarness, type Harness } from "./http-harness.ts";
import { cliEnv } from "../support/cli-env.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;
const BIN = fileURLToPath(new URL("../../bin/diagonal.mjs", import.meta.url));
const THEME = "talent-development";
const PROJECT = "ln-talent-kmo";

const section = (doc: ReportDocument, id: string) => doc.sections.find((s) => s.id === id);
const items = (doc: ReportDocument, id: string) => (section(doc, id)?.blocks.find((b) => b.type === "list") as Extract<Block, { type: "list" }> | undefined)?.items ?? [];
const facts = (doc: ReportDocument) => Object.fromEntries((section(doc, "since")!.blocks[0] as Extract<Block, { type: "facts" }>).items.map((i) => [i.label, i.value]));

describe("reports --since", () => {
  let h: Harness;
  let first: string;
  let latest: string;
  let between: string;
  let decided: { a: string; b: string; aName: string; bName: string };

  const json = async (req: Parameters<typeof buildReport>[1]) => (await buildReport(h.db, { ...req, format: "json", lang: "en" })).document;
  /** Suggestions of the latest run whose pair the base run did not make, counted here in Cypher. */
  const newSuggestions = async (base: string | null, where = "true", params: Record<string, unknown> = {}) => {
    const [row] = await h.test.rows<{ n: number }>(`MATCH (s:Suggestion {runId: $latest}) WHERE s.rank IS NOT NULL AND ${where}
      AND ($base IS NULL OR NOT EXISTS { MATCH (o:Suggestion {runId: $base}) WHERE o.a = s.a AND o.b = s.b }) RETURN count(s) AS n`, { latest, base, ...params });
    return row!.n;
  };

  beforeAll(async () => {
    h = await startHarness();
    await h.test.clear();
    await h.newTokens();
    await importPath(h.db, FIXTURES);
    first = (await runAnalysis(h.db, { seed: 7 })).id;
    between = new Date(Date.now() + 5).toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await createProject(h.db, { id: "ln-since-nieuw", name: "Nieuw talentnetwerk Limburg", status: "active", region: "Limburg" } as never);
    await h.test.rows("MATCH (p:Project {id: 'ln-since-nieuw'}), (t:Theme {id: $theme}) CREATE (p)-[:ADDRESSES {weight: 1.0}]->(t)", { theme: THEME });
    await importDataset(h.db, { participations: [{ partner: "kringloop-antwerpen", project: PROJECT, role: "partner" }] } as never);
    const [s] = await getSuggestions(h.db, { project: PROJECT, limit: 1 });
    await decideSuggestion(h.db, s!.id, "accept", "samen verder");
    decided = { a: s!.a, b: s!.b, aName: s!.aName ?? s!.a, bName: s!.bName ?? s!.b };
    latest = (await runAnalysis(h.db, { seed: 7 })).id;
  });
  afterAll(async () => {
    await h.test.clear();
    await h.close();
  });

  it("health since a run: the new network, the partner who joined, the decision, and the new suggestions as counted in Cypher", async () => {
    const plain = await json({ kind: "health" });
    expect(section(plain, "since")).toBeUndefined();
    const doc = await json({ kind: "health", since: first });
    expect(doc.source.since).toBe(first);
    expect(items(doc, "since-networks")).toEqual(["Nieuw talentnetwerk Limburg"]);
    expect(items(doc, "since-partners")).toEqual(["vzw Kringloopcentrum Antwerpen in Talent in kmo's"]);
    expect(items(doc, "since-decisions")).toHaveLength(1);
    expect(items(doc, "since-decisions")[0]).toMatch(new RegExp(`^${escape(decided.aName)} \\+ ${escape(decided.bName)}: accepted \\(\\d{4}-\\d{2}-\\d{2}\\)$`));
    expect(facts(doc)["New suggestions"]).toBe(String(await newSuggestions(first)));
    // The run compared with is the --since run, not simply the one before.
    expect((section(doc, "changes")!.blocks[0] as { text: string }).text).toBe(`Compared with analysis ${first}.`);
  });

  it("health since a date: the run before that date is the base; a date before everything counts every network and suggestion", async () => {
    const doc = await json({ kind: "health", since: between });
    expect(doc.source.since).toBe(between);
    expect(items(doc, "since-networks")).toEqual(["Nieuw talentnetwerk Limburg"]);
    expect((section(doc, "changes")!.blocks[0] as { text: string }).text).toBe(`Compared with analysis ${first}.`);
    const early = await json({ kind: "health", since: "2000-01-01" });
    const [c] = await h.test.rows<{ projects: number; participations: number }>("RETURN COUNT { (:Project) } AS projects, COUNT { ()-[:PARTICIPATES_IN]->() } AS participations");
    expect(facts(early)["New networks"]).toBe(String(c!.projects));
    expect(facts(early)["Partners who joined"]).toBe(String(c!.participations));
    expect(facts(early)["New suggestions"]).toBe(String(await newSuggestions(null)));
  });

  it("theme since a run: only what concerns the theme's networks", async () => {
    const plain = await json({ kind: "theme", subject: THEME });
    expect(section(plain, "since")).toBeUndefined();
    const doc = await json({ kind: "theme", subject: THEME, since: first });
    expect(doc.source.since).toBe(first);
    expect(section(doc, "since")!.heading).toMatch(/^What changed on this theme since analysis run-/);
    expect(items(doc, "since-networks")).toEqual(["Nieuw talentnetwerk Limburg"]);
    expect(items(doc, "since-partners")).toEqual(["vzw Kringloopcentrum Antwerpen in Talent in kmo's"]);
    const onTheme = "EXISTS { MATCH (p:Project)-[:ADDRESSES]->(:Theme {id: $theme}) WHERE p.id IN [s.a, s.b] }";
    expect(facts(doc)["New suggestions"]).toBe(String(await newSuggestions(first, onTheme, { theme: THEME })));
    // A theme none of the changes touch lists none of them.
    const [other] = await h.test.rows<{ id: string }>(`MATCH (t:Theme) WHERE NOT EXISTS { MATCH (t)<-[:ADDRESSES]-(p:Project) WHERE p.id IN [$project, 'ln-since-nieuw', $a, $b] }
      RETURN t.id AS id ORDER BY t.id LIMIT 1`, { project: PROJECT, a: decided.a, b: decided.b });
    expect(other).toBeDefined();
    const quiet = await json({ kind: "theme", subject: other!.id, since: first });
    expect(items(quiet, "since-networks")).toEqual([]);
    expect(items(quiet, "since-partners")).toEqual([]);
    expect(items(quiet, "since-decisions")).toEqual([]);
    expect(section(quiet, "since-networks")!.blocks[0]).toEqual({ type: "paragraph", text: "No new networks on this theme." });
  });

  it("letter since a run: the partner who joined this network, its decision, new networks on its themes, its new suggestions", async () => {
    const plain = await json({ kind: "letter", subject: PROJECT });
    expect(section(plain, "since")).toBeUndefined();
    const doc = await json({ kind: "letter", subject: PROJECT, since: first });
    expect(section(doc, "since")!.heading).toMatch(/^What changed around your network since analysis run-/);
    expect(items(doc, "since-partners")).toEqual(["vzw Kringloopcentrum Antwerpen in Talent in kmo's"]);
    expect(items(doc, "since-networks")).toEqual(["Nieuw talentnetwerk Limburg"]);
    expect(items(doc, "since-decisions")).toHaveLength(1);
    expect(facts(doc)["New suggestions"]).toBe(String(await newSuggestions(first, "$project IN [s.a, s.b]", { project: PROJECT })));
    // The letter's sections are in the reader's language; the closing stays last.
    const nl = (await buildReport(h.db, { kind: "letter", subject: PROJECT, since: first, format: "json" })).document;
    expect(section(nl, "since")!.heading).toMatch(/^Wat veranderde rond uw netwerk sinds analyse /);
    expect(nl.sections.at(-1)!.id).toBe("closing");
  });

  it("through the HTTP API and the command line", async () => {
    const res = await h.call("analyst", "GET", `/api/v1/reports/theme?subject=${THEME}&since=${first}&format=json&lang=en`);
    expect(res.status).toBe(200);
    expect(res.json.sections.map((s: { id: string }) => s.id)).toContain("since-partners");
    const bad = await h.call("analyst", "GET", `/api/v1/reports/letter?subject=${PROJECT}&since=yesterday!`);
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toMatch(/since: expected a date \(YYYY-MM-DD\) or an analysis run id/);

    const env = cliEnv();
    const cli = spawnSync(process.execPath, [BIN, "report", "letter", PROJECT, "--since", first, "--format", "md", "--lang", "en"], { env, encoding: "utf8", timeout: 120_000 });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toContain(`## What changed around your network since analysis ${first}`);
    expect(cli.stdout).toContain("- vzw Kringloopcentrum Antwerpen in Talent in kmo's");
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
