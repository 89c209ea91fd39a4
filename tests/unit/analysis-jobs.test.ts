// Background analyses: one at a time per process (a second start while one runs is a conflict,
// whether the running one is a job or a foreground run), progress visible while running, the run
// id on success, the message on failure.
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { AnalysisJobs, afterRun, exclusively } from "../../src/services/analysis/jobs.ts";
import { ConflictError, NotFoundError } from "../../src/errors.ts";

describe("AnalysisJobs", () => {
  it("runs one job at a time, reports progress and the run id", async () => {
    const runner = new AnalysisJobs(pino({ level: "silent" }));
    let finish!: () => void;
    // Like runAnalysis, the job's work takes the process's analysis lock.
    const job = runner.start((onProgress) => exclusively(async () => {
      onProgress("similarity", 3, 10);
      await new Promise<void>((resolve) => { finish = resolve; });
      return { id: "run-1" };
    }));
    expect(job.state).toBe("running");
    expect(runner.get(job.id)).toMatchObject({ state: "running", stage: "similarity", done: 3, total: 10 });
    expect(() => runner.start(async () => ({ id: "run-2" }))).toThrow(ConflictError);
    // A foreground run (the CLI's) meets the same lock.
    await expect(exclusively(async () => "second")).rejects.toThrow(ConflictError);
    finish();
    await runner.idle();
    expect(runner.get(job.id)).toMatchObject({ state: "succeeded", runId: "run-1", finishedAt: expect.any(String) });
    const next = runner.start(async () => { throw new Error("nothing to analyse"); });
    await runner.idle();
    expect(runner.get(next.id)).toMatchObject({ state: "failed", error: "nothing to analyse" });
    expect(() => runner.get("00000000-0000-4000-8000-000000000000")).toThrow(NotFoundError);
    // And a job is refused while a foreground run holds the lock.
    let release!: () => void;
    const foreground = exclusively(() => new Promise<void>((r) => (release = r)));
    expect(() => runner.start(async () => ({ id: "run-3" }))).toThrow(ConflictError);
    release();
    await foreground;
  });

  it("starts the next run after the last run's pruning, and is idle only when that is done", async () => {
    const runner = new AnalysisJobs(pino({ level: "silent" }));
    let pruned!: () => void;
    afterRun(new Promise<void>((r) => (pruned = r)));
    const order: string[] = [];
    const job = runner.start(() => exclusively(async () => { order.push("next run"); return { id: "run-2" }; }));
    let idle = false;
    const waiting = runner.idle().then(() => (idle = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    expect(runner.get(job.id).state).toBe("running");
    order.push("pruned");
    pruned();
    await waiting;
    expect(idle).toBe(true);
    expect(order).toEqual(["pruned", "next run"]);
    expect(runner.get(job.id)).toMatchObject({ state: "succeeded", runId: "run-2" });
  });
});
