// The health report's decision shares and the run diff after a coordinator's week, on the MVO
// fixtures and a real Neo4j: after a first run two suggestions are accepted and two rejected, a
// network is removed, two suggested networks start collaborating in the data, and a new network
// much like an existing one is stored (its pairs go in at the top); then a second run. The health
// report of the second run must count the four decisions (the decided pairs are no longer among its
// suggestions); the diff must say why each pair left, by name, and report as moved only pairs whose
// place among the pairs both runs suggest changed — never those that only shifted by the insertion.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDataset, importPath } from "../../src/services/import-service.ts";
import { decideSuggestion, diffRuns, getSuggestions, runAnalysis } from "../../src/services/analysis/index.ts";
import { buildReport } from "../../src/services/reports/report-service.ts";
import type { RunDiff } from "../../src/services/analysis/records.ts";
import { DROP_REASONS } from "../../src/schemas/run-diff.ts";
import { startHarness, type Harness } from "./http-harness.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;

describe("decisions in the health report, and the run diff", () => {
  let h: Harness;
  let first: string;
  let second: string;
  let diff: RunDiff;
  const decided = new Map<string, "accepted" | "rejected">();
  let removedPairs: string[] = [];
  let collaboratingPair = "";

  beforeAll(async () => {
    h = await startHarness();
    await h.test.clear();
    await h.newTokens();
    await importPath(h.db, FIXTURES);
    first = (await runAnalysis(h.db, { seed: 7 })).id;
    const suggestions = await getSuggestions(h.db, { runId: first, limit: 100 });
    // A network is removed, two others start collaborating in the data, and four other pairs are decided.
    const gone = suggestions[suggestions.length - 1]!.a;
    removedPairs = suggestions.filter((s) => s.a === gone || s.b === gone).map((s) => s.pairKey);
    const rest = suggestions.filter((s) => s.a !== gone && s.b !== gone);
    const pair = rest[rest.length - 1]!;
    collaboratingPair = pair.pairKey;
    for (const [i, s] of rest.slice(0, 4).entries()) {
      await decideSuggestion(h.db, s.id, i < 2 ? "accept" : "reject");
      decided.set(s.pairKey, i < 2 ? "accepted" : "rejected");
    }
    await h.test.rows("MATCH (p:Project {id: $id}) DETACH DELETE p", { id: gone });
    await h.test.rows("MATCH (a:Project {id: $a}), (b:Project {id: $b}) CREATE (a)-[:COLLABORATES_WITH {source: 'data', addedAt: datetime()}]->(b)", { a: pair.a, b: pair.b });
    // A near copy of a network: its pairs score high and go in above others.
    const [talent] = await h.test.rows<{ description: string }>("MATCH (p:Project {id: 'ln-talent-kmo'}) RETURN p.description AS description");
    await importDataset(h.db, {
      projects: [{ id: "ln-talent-kmo-west", name: "Talent in kmo's West-Vlaanderen", description: talent!.description, status: "active", start: "2026" }],
      participations: ["kmo-ondernemersbond", "bakkerij-peeters", "transport-maes", "hr-kompas", "hogeschool-leiestad"].map((partner) => ({ partner, project: "ln-talent-kmo-west", role: "partner" })),
      projectThemes: [{ project: "ln-talent-kmo-west", theme: "talent-development", weight: 1 }, { project: "ln-talent-kmo-west", theme: "company-size", weight: 0.6 }],
    } as never);
    second = (await runAnalysis(h.db, { seed: 7 })).id;
    diff = await diffRuns(h.db, first, second);
  });
  afterAll(async () => {
    await h.test.clear();
    await h.close();
  });

  it("the health report counts the decisions taken, and the second run's undecided suggestions as open", async () => {
    const doc = (await buildReport(h.db, { kind: "health", lang: "nl", format: "json" })).document;
    expect(doc.source.runId).toBe(second);
    const table = doc.sections.find((s) => s.id === "suggestions")!.blocks.find((b) => b.type === "table")!;
    const [open] = await h.test.rows<{ n: number }>("MATCH (s:Suggestion {runId: $run}) WHERE s.rank IS NOT NULL AND NOT EXISTS { MATCH (:Decision {pairKey: s.a + '|' + s.b}) } RETURN count(s) AS n", { run: second });
    expect(table.type === "table" && table.rows.map((r) => [r[0], r[1]])).toEqual([["aanvaard", 2], ["afgewezen", 2], ["open", open!.n]]);
    const total = 4 + open!.n;
    expect(table.type === "table" && table.rows[0]![2]).toBe(`${Math.round((100 * 2) / total)}%`);
  });

  it("every dropped pair says why it left, with the networks' names", async () => {
    expect(diff.dropped.length).toBeGreaterThan(0);
    const names = new Map((await h.test.rows<{ id: string; name: string }>("MATCH (p:Project) RETURN p.id AS id, p.name AS name")).map((r) => [r.id, r.name]));
    for (const d of diff.dropped) {
      expect(DROP_REASONS).toContain(d.reason);
      expect(d.because.nl.length).toBeGreaterThan(3);
      expect(d.because.en.length).toBeGreaterThan(3);
      expect(d.aName).toBe(names.get(d.a) ?? d.a);
      expect(d.bName).toBe(names.get(d.b) ?? d.b);
    }
    const byPair = new Map(diff.dropped.map((d) => [d.pairKey, d]));
    for (const [pairKey, decision] of decided) {
      expect(byPair.get(pairKey)?.reason, pairKey).toBe("decided");
      expect(byPair.get(pairKey)?.decided?.decision).toBe(decision);
      expect(byPair.get(pairKey)?.because.en).toBe(decision);
    }
    for (const pairKey of removedPairs) {
      expect(byPair.get(pairKey)?.reason, pairKey).toBe("network-removed");
      expect(byPair.get(pairKey)?.because.nl).toMatch(/^netwerk .+ is verwijderd$/);
    }
    expect(byPair.get(collaboratingPair)?.reason).toBe("collaborating");
    // The rest fell below the cut: a network keeps only its best suggestions.
    const others = diff.dropped.filter((d) => !decided.has(d.pairKey) && !removedPairs.includes(d.pairKey) && d.pairKey !== collaboratingPair);
    for (const d of others) expect(d.reason, d.pairKey).toBe("below-cut");
    for (const d of [...diff.added, ...diff.moved]) expect(d.aName).toBe(names.get(d.a));
  });

  it("a pair that only shifted because others went in above it is not moved; the moves are the fewest that explain the new order", async () => {
    const rows = await h.test.rows<{ pairKey: string; from: number; to: number }>(`MATCH (o:Suggestion {runId: $first}) WHERE o.rank IS NOT NULL
      MATCH (n:Suggestion {runId: $second, a: o.a, b: o.b}) WHERE n.rank IS NOT NULL RETURN o.a + '|' + o.b AS pairKey, o.rank AS from, n.rank AS to ORDER BY from`, { first, second });
    const moved = new Set(diff.moved.map((m) => m.pairKey));
    // The insertion shifted pairs: some kept pair has another rank, yet is not moved.
    expect(diff.added.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.from !== r.to && !moved.has(r.pairKey))).toBe(true);
    // The pairs left in place keep their order among themselves …
    const stay = rows.filter((r) => !moved.has(r.pairKey)).map((r) => r.to);
    expect(stay).toEqual([...stay].sort((a, b) => a - b));
    // … and no larger set would: the moves are as few as a longest increasing subsequence allows.
    const seq = rows.map((r) => r.to);
    const best = seq.map(() => 1);
    for (let i = 0; i < seq.length; i++) for (let j = 0; j < i; j++) if (seq[j]! < seq[i]!) best[i] = Math.max(best[i]!, best[j]! + 1);
    expect(diff.moved.length).toBe(seq.length - Math.max(0, ...best));
    for (const m of diff.moved) expect(m.fromPlace).not.toBe(m.toPlace);
  });

  it("the health report counts the same moves, and the API returns names and reasons", async () => {
    const doc = (await buildReport(h.db, { kind: "health", lang: "en", format: "json" })).document;
    const changes = doc.sections.find((s) => s.id === "changes")!.blocks.find((b) => b.type === "table")!;
    expect(changes.type === "table" && changes.rows.find((r) => String(r[0]).startsWith("suggestions that changed place"))?.[1]).toBe(diff.moved.length);
    const res = await h.call("analyst", "GET", `/api/v1/analysis/diff?from=${first}&to=${second}`);
    expect(res.status).toBe(200);
    expect(res.json.dropped.map((d: { reason: string }) => d.reason).sort()).toEqual(diff.dropped.map((d) => d.reason).sort());
    expect(res.json.dropped[0].aName).toBe(diff.dropped[0]!.aName);
    expect(typeof res.json.dropped[0].because.nl).toBe("string");
  });
});
