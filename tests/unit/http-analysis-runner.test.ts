// Background analyses: one at a time (a second start while one runs is a conflict), progress
// visible while running, the run id on success, the message on failure.
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { AnalysisRunner } from "../../src/http/analysis-runner.ts";
import { ConflictError, NotFoundError } from "../../src/errors.ts";

describe("AnalysisRunner", () => {
  it("runs one job at a time, reports progress and the run id", async () => {
    const runner = new AnalysisRunner(pino({ level: "silent" }));
    let finish!: () => void;
    const job = runner.start(async (onProgress) => {
      onProgress("similarity", 3, 10);
      await new Promise<void>((resolve) => { finish = resolve; });
      return { id: "run-1" };
    });
    expect(job.state).toBe("running");
    expect(runner.get(job.id)).toMatchObject({ state: "running", stage: "similarity", done: 3, total: 10 });
    expect(() => runner.start(async () => ({ id: "run-2" }))).toThrow(ConflictError);
    finish();
    await runner.idle();
    expect(runner.get(job.id)).toMatchObject({ state: "succeeded", runId: "run-1", finishedAt: expect.any(String) });
    const next = runner.start(async () => { throw new Error("nothing to analyse"); });
    await runner.idle();
    expect(runner.get(next.id)).toMatchObject({ state: "failed", error: "nothing to analyse" });
    expect(() => runner.get("00000000-0000-4000-8000-000000000000")).toThrow(NotFoundError);
  });
});
