// A failed analysis job over HTTP says why as a message id with parameters beside its English
// error, so the workspace can show it in the reader's language: a graph of one network cannot be
// analysed (analysis-failed.too-few-projects, with the count), and no run is stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failureMessage } from "../../src/services/analysis/failure-message.ts";
import { ConflictError, ValidationError } from "../../src/errors.ts";
import { startHarness, type Harness } from "./http-harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.test.clear();
  await h.newTokens();
  await h.test.rows("CREATE (:Project {id: 'ln-alleen', name: 'Alleen', status: 'active', start: '2024-01-01'})");
});
afterAll(async () => { await h.close(); });

describe("a failed analysis job", () => {
  it("names why as a message id with parameters, and stores no run", async () => {
    const started = await h.call("analyst", "POST", "/api/v1/analysis/runs", { seed: 1 });
    expect(started.status, started.text).toBe(202);
    let job = started.json;
    for (let i = 0; i < 600 && job.state === "running"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await h.call("analyst", "GET", started.json.statusUrl)).json;
    }
    expect(job).toMatchObject({ state: "failed", messageId: "analysis-failed.too-few-projects", params: { count: 1 } });
    expect(job.error).toMatch(/^nothing to analyse: an analysis needs at least two projects/);
    expect(await h.test.count("AnalysisRun")).toBe(0);
  });

  it("names a domain error by its problem id, anything else by the stage it failed in", () => {
    expect(failureMessage(new ConflictError("busy"))).toEqual({ messageId: "conflict", params: {} });
    expect(failureMessage(new ValidationError("nothing to analyse", "projects", 0))).toEqual({ messageId: "analysis-failed.too-few-projects", params: { count: 0 } });
    expect(failureMessage(new Error("boom"), "communities")).toEqual({ messageId: "analysis-failed", params: { stage: "communities" } });
  });
});
