// A run writes its communities and suggestions while it computes its opportunities and rankers
// (src/services/analysis/run-writer.ts). What it stores must be what the pure analysis gives, with
// the run node completed by what was known only at the end; a failure at any stage after the
// writing began must leave the stored data exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { importPath } from "../../src/services/import-service.ts";
import { analyzeGraph } from "../../src/analysis/analyze.ts";
import { toAnalysisOptions } from "../../src/analysis/options.ts";
import { projectGraph } from "../../src/services/projection.ts";
import { analysisParams, listRuns, runAnalysis } from "../../src/services/analysis/index.ts";
import { suggestionRanks } from "../../src/services/analysis/run-writer.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;

describe("a run written while it computes", () => {
  let t: TestDb;
  let db: Database;
  const nodeCounts = async () =>
    Object.fromEntries(await Promise.all(["AnalysisRun", "Suggestion", "Opportunity", "Decision"].map(async (l) => [l, await t.count(l)] as const)));
  const memberships = async () => (await t.rows<{ n: number }>("MATCH ()-[c:IN_COMMUNITY]->() RETURN count(c) AS n"))[0]!.n;

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
    await importPath(db, FIXTURES);
  });
  afterAll(async () => {
    await t.clear();
    await t.close();
  });

  it("stores what the pure analysis gives, and completes the run node with its counts, rankers and names", async () => {
    const now = "2026-12-07";
    const run = await runAnalysis(db, { seed: 7, now, period: "all" });
    const expected = analyzeGraph(await projectGraph(db), toAnalysisOptions(analysisParams({ seed: 7, now, period: "all" })));

    const [node] = await t.rows<{ status: string; params: string; counts: string; rankers: string | null; names: string; modularity: number }>(
      "MATCH (r:AnalysisRun {id: $id}) RETURN r.status AS status, r.params AS params, r.counts AS counts, r.rankers AS rankers, r.communityNames AS names, r.modularity AS modularity",
      { id: run.id },
    );
    expect(node!.status).toBe("complete");
    expect(JSON.parse(node!.counts)).toEqual(run.counts);
    expect(JSON.parse(node!.counts)).toMatchObject({ suggestions: expected.suggestions.length, opportunities: expected.opportunities.length });
    expect(JSON.parse(node!.params)).toMatchObject({ seed: 7, now, period: "all", rankers: expect.objectContaining({ inputs: expect.any(String) }) });
    expect(node!.rankers).not.toBeNull();
    expect(JSON.parse(node!.names).length).toBe(expected.counts.communities);
    expect(node!.modularity).toBeCloseTo(expected.modularity, 12);

    const stored = await t.rows<{ a: string; b: string; rank: number; score: number }>(
      "MATCH (s:Suggestion {runId: $id}) RETURN s.a AS a, s.b AS b, s.rank AS rank, s.score AS score ORDER BY s.rank",
      { id: run.id },
    );
    expect(stored.map((s) => s.rank)).toEqual(stored.map((_s, i) => i + 1));
    const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    expect(stored.map((s) => pair(s.a, s.b)).sort()).toEqual(expected.suggestions.map((s) => pair(s.a, s.b)).sort());
    // Best first: ranks follow the scores, ties by pair key, exactly as a run stored whole ranks them.
    for (let i = 1; i < stored.length; i++) expect(stored[i]!.score).toBeLessThanOrEqual(stored[i - 1]!.score);
    const ranks = suggestionRanks(expected.suggestions);
    const rankOf = new Map(expected.suggestions.map((s, n) => [pair(s.a, s.b), ranks[n]]));
    expect(stored.map((s) => rankOf.get(pair(s.a, s.b)))).toEqual(stored.map((s) => s.rank));

    const opportunities = await t.rows<{ key: string }>("MATCH (o:Opportunity {runId: $id}) RETURN o.key AS key", { id: run.id });
    expect(opportunities.map((o) => o.key).sort()).toEqual(expected.opportunities.map((o) => o.key).sort());
    const communities = await t.rows<{ project: string; label: number }>(
      "MATCH (p:Project)-[c:IN_COMMUNITY]->(:AnalysisRun {id: $id}) RETURN p.id AS project, c.label AS label ORDER BY project",
      { id: run.id },
    );
    expect(communities.length).toBe(expected.communities.length);
  });

  for (const stage of ["opportunities", "learning"] as const) {
    it(`leaves stored data exactly as it was when the run fails in the ${stage} stage, after its suggestions were queued`, async () => {
      const runsBefore = (await listRuns(db)).map((r) => r.id);
      const before = await nodeCounts();
      const membershipsBefore = await memberships();
      const failing = (s: string, done: number) => {
        if (s === stage && done > 0) throw new Error(`${stage} failed (simulated)`);
      };
      await expect(runAnalysis(db, { seed: 7, period: "all" }, failing)).rejects.toThrow(/failed \(simulated\)/);
      expect(await nodeCounts()).toEqual(before);
      expect(await memberships()).toBe(membershipsBefore);
      expect((await listRuns(db)).map((r) => r.id)).toEqual(runsBefore);
    });
  }
});
