// What a run leaves in the graph for its suggestions, and that every reader still answers from it:
// one compact node per suggestion (its explanation in one `details` JSON string, no stored id or
// pair key, no separate reason, signal or evidence properties), only pairs among some network's best
// k, and the inbox, a suggestion by its id, a decision, the letter report and the CSV export all read
// it — and read a run stored before, which holds its pair keys, the same way.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { importPath } from "../../src/services/import-service.ts";
import { countSuggestions, decideSuggestion, getSuggestions, pairOfSuggestion, runAnalysis } from "../../src/services/analysis/index.ts";
import { SUGGESTION_DEFAULTS } from "../../src/analysis/suggestions.ts";
import { parse as parseCsv } from "csv-parse/sync";
import { buildReport } from "../../src/services/reports/report-service.ts";
import { buildExport } from "../../src/services/export-service.ts";
import type { ReportDocument } from "../../src/reports/document.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;

describe("stored suggestions of a run", () => {
  let t: TestDb;
  let db: Database;
  let runId: string;
  type Stored = { props: Record<string, unknown> };

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
    await importPath(db, FIXTURES);
    runId = (await runAnalysis(db, { seed: 7, period: "all" })).id;
  });
  afterAll(async () => {
    await t.clear();
    await t.close();
  });

  const stored = async () => (await t.rows<Stored>("MATCH (s:Suggestion {runId: $runId}) RETURN properties(s) AS props ORDER BY s.rank", { runId })).map((r) => r.props);

  it("stores each suggestion as one compact node: its explanation in details, no id, no pair key, no separate text", async () => {
    const nodes = await stored();
    expect(nodes.length).toBeGreaterThan(10);
    for (const s of nodes) {
      expect(Object.keys(s).sort()).toEqual(["a", "b", "communityA", "communityB", "details", "diagonal", "fingerprint", "rank", "runId", "score"]);
      expect((s.a as string) < (s.b as string)).toBe(true);
      const details = JSON.parse(s.details as string);
      expect(Object.keys(details)).toEqual(["signals", "reasons", "evidence"]);
      expect(details.reasons.nl.length).toBe(details.reasons.en.length);
      expect(details.reasons.en.length).toBeGreaterThan(0);
    }
    expect(nodes.map((s) => s.rank)).toEqual(nodes.map((_s, i) => i + 1));
    // No relationships hang on suggestions.
    const [{ links }] = (await t.rows<{ links: number }>("MATCH (s:Suggestion {runId: $runId})-[x]-() RETURN count(x) AS links", { runId })) as [{ links: number }];
    expect(links).toBe(0);
  });

  it("stores only pairs among the best k of one of their networks", async () => {
    const nodes = await stored();
    const k = SUGGESTION_DEFAULTS.suggestionsPerProject;
    const byProject = new Map<string, string[]>();
    for (const s of nodes) for (const p of [s.a as string, s.b as string]) byProject.set(p, [...(byProject.get(p) ?? []), `${s.a}|${s.b}`]);
    // Every stored pair is within the first k (rank order) of a or of b; each network's own choices
    // are at most k, so no network holds more than k of the pairs it chose.
    const amongBest = (p: string, key: string) => byProject.get(p)!.indexOf(key) < k;
    const chosenBy = new Map<string, number>();
    for (const s of nodes) {
      const key = `${s.a}|${s.b}`;
      expect(amongBest(s.a as string, key) || amongBest(s.b as string, key)).toBe(true);
      for (const p of [s.a as string, s.b as string]) if (amongBest(p, key)) chosenBy.set(p, (chosenBy.get(p) ?? 0) + 1);
    }
    expect(Math.max(...chosenBy.values())).toBeLessThanOrEqual(k);
  });

  it("answers the inbox, a suggestion by its id and a decision from the compact nodes", async () => {
    const nodes = await stored();
    const inbox = await getSuggestions(db, { runId, limit: 500 });
    expect(inbox.length).toBe(nodes.length);
    expect(await countSuggestions(db, { runId })).toBe(nodes.length);
    inbox.forEach((s, i) => {
      const n = nodes[i]!;
      const details = JSON.parse(n.details as string);
      expect(s.id).toBe(`s-${n.a}--${n.b}-${runId}`);
      expect([s.a, s.b, s.rank, s.score, s.pairKey]).toEqual([n.a, n.b, n.rank, n.score, `${n.a}|${n.b}`]);
      expect({ signals: s.signals, reasons: s.reasons, evidence: s.evidence }).toEqual(details);
    });
    const top = inbox[0]!;
    expect(await pairOfSuggestion(db, top.id)).toBe(top.pairKey);
    await expect(pairOfSuggestion(db, `s-${top.b}--${top.a}-${runId}`)).rejects.toThrow(/not found/);
    const decision = await decideSuggestion(db, top.id, "reject", "later");
    expect(decision.pairKey).toBe(top.pairKey);
    expect(decision.history.at(-1)).toMatchObject({ suggestionId: top.id, runId });
    expect((await getSuggestions(db, { runId, limit: 500 })).map((s) => s.id)).not.toContain(top.id);
  });

  it("gives the letter and the CSV export the stored reasons word for word", async () => {
    const [project] = (await getSuggestions(db, { runId, limit: 1 })).map((s) => s.a);
    const mine = await getSuggestions(db, { runId, project, limit: 5 });
    const doc = (await buildReport(db, { kind: "letter", subject: project!, lang: "en", format: "json" })).document as ReportDocument;
    const text = JSON.stringify(doc);
    for (const s of mine) expect(text).toContain(JSON.stringify(s.reasons.en.join("; ")).slice(1, -1));
    const all = await getSuggestions(db, { runId, limit: 500 });
    const csv = parseCsv((await buildExport(db, { format: "csv", run: runId })).body, { columns: true }) as Record<string, string>[];
    const byId = new Map(csv.map((r) => [r.id, r]));
    for (const s of all) {
      expect(byId.get(s.id)).toMatchObject({ a: s.a, b: s.b, reasonsNl: s.reasons.nl.join("; "), reasonsEn: s.reasons.en.join("; "), sharedThemes: s.evidence.sharedThemes.join("; ") });
    }
    const gexf = (await buildExport(db, { format: "gexf", run: runId })).body;
    expect(gexf).toContain(`value="${all[0]!.id}"`);
  });

  it("reads a run stored before, whose suggestions hold their pair key, the same way", async () => {
    const inbox = await getSuggestions(db, { runId, limit: 500 });
    const project = inbox[0]!.a;
    const mine = await getSuggestions(db, { runId, project, limit: 500 });
    const total = await countSuggestions(db, { runId });
    await t.rows("MATCH (s:Suggestion {runId: $runId}) SET s.pairKey = s.a + '|' + s.b", { runId });
    expect((await stored()).every((n) => n.pairKey === `${n.a}|${n.b}`)).toBe(true);
    expect(await getSuggestions(db, { runId, limit: 500 })).toEqual(inbox);
    expect(await getSuggestions(db, { runId, project, limit: 500 })).toEqual(mine);
    expect(await countSuggestions(db, { runId })).toBe(total);
    expect(await pairOfSuggestion(db, inbox[0]!.id)).toBe(inbox[0]!.pairKey);
    const decision = await decideSuggestion(db, inbox[0]!.id, "accept");
    expect(decision.pairKey).toBe(inbox[0]!.pairKey);
    expect((await getSuggestions(db, { runId, limit: 500 })).map((s) => s.id)).not.toContain(inbox[0]!.id);
  });
});
