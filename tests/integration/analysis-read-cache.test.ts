// The read cache of analysis lists against a real Neo4j: repeated reads are served from memory,
// and changes made by another process (simulated by writing straight to the database) show
// within the freshness window: a decision hides its pair, a newly completed run becomes the one
// lists are read from, a deleted project stops being found.
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { importPath } from "../../src/services/import-service.ts";
import { getOpportunities, getSuggestions, runAnalysis } from "../../src/services/analysis/index.ts";
import { FRESHNESS_WINDOW_MS, setReadCacheClock } from "../../src/services/analysis/read-cache.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;
const PROJECT = "ln-talent-kmo";
// The cache reads an injected clock: the freshness window passes when the test says so.
let now = 1_000_000;
const afterWindow = () => { now += FRESHNESS_WINDOW_MS + 1; };

describe("analysis read cache", () => {
  let t: TestDb;
  let db: Database;
  let runId: string;

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    setReadCacheClock(db, () => now);
    await t.clear();
    await importPath(db, FIXTURES);
    runId = (await runAnalysis(db, { seed: 7 })).id;
  });
  afterAll(async () => {
    await t.clear();
    await t.close();
  });

  it("serves a repeated query from memory, as a copy the caller may change", async () => {
    const first = await getSuggestions(db, { project: PROJECT, limit: 10 });
    expect(first.length).toBeGreaterThan(1);
    expect(first.every((s) => s.runId === runId && (s.a === PROJECT || s.b === PROJECT))).toBe(true);
    expect(first.map((s) => s.rank)).toEqual([...first.map((s) => s.rank)].sort((x, y) => x - y));
    // Changing a stored suggestion behind the cache's back does not show: the list came from memory.
    await t.rows("MATCH (s:Suggestion {runId: $runId, a: $a, b: $b}) SET s.score = -1", { runId, a: first[0]!.a, b: first[0]!.b });
    first.reverse();
    const again = await getSuggestions(db, { project: PROJECT, limit: 10 });
    expect(again.map((s) => s.id)).toEqual([...first].reverse().map((s) => s.id));
    expect(again[0]!.score).toBeGreaterThan(0);
  });

  it("hides a pair decided by another process once the freshness window has passed", async () => {
    const [top] = await getSuggestions(db, { project: PROJECT, limit: 1 });
    await t.rows(
      "CREATE (:Decision {pairKey: $pairKey, a: $a, b: $b, decision: 'accepted', decidedAt: datetime(), fingerprint: $fp, suggestionId: $id, runId: $runId})",
      { pairKey: top!.pairKey, a: top!.a, b: top!.b, fp: top!.fingerprint, id: top!.id, runId },
    );
    afterWindow();
    const list = await getSuggestions(db, { project: PROJECT, limit: 10 });
    expect(list.length).toBeGreaterThan(0);
    expect(list.map((s) => s.pairKey)).not.toContain(top!.pairKey);
    expect((await getSuggestions(db, { limit: 500 })).map((s) => s.pairKey)).not.toContain(top!.pairKey);
  });

  it("reads from a run completed by another process once the freshness window has passed", async () => {
    expect((await getOpportunities(db, { limit: 1 }))[0]?.runId).toBe(runId);
    await t.rows(
      `MATCH (a:Project {id: $project}) MATCH (b:Project) WHERE b.id > a.id WITH a, b LIMIT 1
       CREATE (:AnalysisRun {id: 'run-elsewhere', status: 'complete', startedAt: datetime() + duration('PT1M'), finishedAt: datetime() + duration('PT2M'),
                             params: '{}', modularity: 0.5, counts: '{}'})
       CREATE (:Suggestion {id: 's-elsewhere', runId: 'run-elsewhere', pairKey: a.id + '|' + b.id, a: a.id, b: b.id, rank: 1, score: 0.9,
                            signals: '{}', reasonsNl: ['elders berekend'], reasonsEn: ['computed elsewhere'], diagonal: false, evidence: '{}', fingerprint: 'f'})`,
      { project: PROJECT },
    );
    afterWindow();
    const list = await getSuggestions(db, { project: PROJECT });
    expect(list.map((s) => [s.id, s.runId, s.reasons.en])).toEqual([["s-elsewhere", "run-elsewhere", ["computed elsewhere"]]]);
    expect(await getOpportunities(db)).toEqual([]);
    // The earlier run stays readable by id.
    expect((await getSuggestions(db, { project: PROJECT, runId })).every((s) => s.runId === runId)).toBe(true);
  });

  it("stops finding a project deleted by another process once the freshness window has passed", async () => {
    await getSuggestions(db, { project: PROJECT });
    await t.rows("MATCH (p:Project {id: $id}) DETACH DELETE p", { id: PROJECT });
    afterWindow();
    await expect(getSuggestions(db, { project: PROJECT })).rejects.toThrow(/project "ln-talent-kmo" not found/);
  });
});
