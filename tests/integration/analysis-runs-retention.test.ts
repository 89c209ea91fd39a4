// Analysis runs over time, against a real Neo4j: a run whose writer crashed is removed at the next
// start or run (not after the 6-hour sweep), while a run still being written by a live process
// stays; old runs are pruned down to the newest N, never one a decision refers to.
import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { decideSuggestion, deleteRun, discardStaleRuns, getSuggestions, listRuns, pruneRuns, runAnalysis } from "../../src/services/analysis/index.ts";
import { ConflictError, NotFoundError } from "../../src/errors.ts";
import { importPath } from "../../src/services/import-service.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;

describe("analysis runs over time", () => {
  let t: TestDb;
  let db: Database;
  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
    await importPath(db, FIXTURES);
  });
  afterAll(async () => { await t.clear(); await t.close(); });

  it("removes a crashed run's 20,000 results at the next start, and leaves a live writer's run alone", async () => {
    const dead = spawnSync(process.execPath, ["-e", "process.pid"]).pid!; // a process that has exited
    await t.rows(
      `CREATE (:AnalysisRun {id: 'run-crashed', status: 'writing', startedAt: datetime(), writer: $dead})
       CREATE (:AnalysisRun {id: 'run-live', status: 'writing', startedAt: datetime(), writer: $live})
       WITH 1 AS one
       UNWIND range(1, 20000) AS i
       CREATE (:Suggestion {id: 'crashed-' + i, runId: 'run-crashed', rank: i})`,
      { dead: `${hostname()}:${dead}`, live: `${hostname()}:${process.ppid}` },
    );
    await t.rows("CREATE (:Opportunity {id: 'crashed-o', runId: 'run-crashed'})");
    expect(await discardStaleRuns(db)).toBe(1);
    expect(await t.rows("MATCH (r:AnalysisRun) RETURN r.id AS id")).toEqual([{ id: "run-live" }]);
    expect(await t.count("Suggestion")).toBe(0);
    expect(await t.count("Opportunity")).toBe(0);
    await t.rows("MATCH (r:AnalysisRun {id: 'run-live'}) DELETE r");
  });

  it("keeps the newest runs and every run a decision refers to; deletes on request, refusing a decided one", async () => {
    const first = await runAnalysis(db, { seed: 7 });
    const [top] = await getSuggestions(db, { limit: 1 });
    await decideSuggestion(db, top!.id, "reject", "niet nu", "Ann");
    const second = await runAnalysis(db, { seed: 7 });
    const third = await runAnalysis(db, { seed: 8 });
    const suggestionsOf = async (id: string) => (await t.rows<{ n: number }>("MATCH (s:Suggestion {runId: $id}) RETURN count(s) AS n", { id }))[0]!.n;
    expect(await suggestionsOf(second.id)).toBeGreaterThan(0);

    const pruned = await pruneRuns(db, 1);
    expect(pruned.map((r) => r.id)).toEqual([second.id]);
    expect((await listRuns(db)).map((r) => r.id).sort()).toEqual([first.id, third.id].sort());
    expect(await suggestionsOf(second.id)).toBe(0);
    expect(await t.rows("MATCH (:Project)-[m:IN_COMMUNITY]->(:AnalysisRun {id: $id}) RETURN m", { id: second.id })).toEqual([]);

    await expect(deleteRun(db, first.id)).rejects.toBeInstanceOf(ConflictError);
    await expect(deleteRun(db, "run-nope")).rejects.toBeInstanceOf(NotFoundError);
    expect(await suggestionsOf(first.id)).toBeGreaterThan(0);
    const gone = await deleteRun(db, third.id);
    expect(gone.results).toBeGreaterThan(0);
    expect((await listRuns(db)).map((r) => r.id)).toEqual([first.id]);
  });

  it("makes a run visible before it prunes older ones, and prunes them before it returns", async () => {
    await runAnalysis(db, { seed: 10 });
    const before = (await listRuns(db)).map((r) => r.id);
    expect(before.length).toBe(2);
    const saved = process.env.DIAGONAL_KEEP_RUNS;
    process.env.DIAGONAL_KEEP_RUNS = "1";
    try {
      const stages: string[] = [];
      let atStored: string[] = [];
      const run = await runAnalysis(db, { seed: 9 }, (stage) => { if (stages.at(-1) !== stage) stages.push(stage); }, async (summary) => {
        atStored = (await listRuns(db)).map((r) => r.id);
        expect(summary.seconds).toBeGreaterThan(0);
      });
      // When the run was reported stored, it was listed and every older run was still there.
      expect(atStored.sort()).toEqual([...before, run.id].sort());
      expect(stages.at(-1)).toBe("pruning");
      // Kept: the newest run, and the run a decision refers to.
      const after = (await listRuns(db)).map((r) => r.id);
      expect(after).toContain(run.id);
      expect(after.length).toBeLessThan(atStored.length);
    } finally {
      if (saved === undefined) delete process.env.DIAGONAL_KEEP_RUNS;
      else process.env.DIAGONAL_KEEP_RUNS = saved;
    }
  });
});
