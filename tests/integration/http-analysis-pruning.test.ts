// A run started over HTTP succeeds as soon as it is stored and visible; its child process then
// removes runs beyond the retention setting. A run started right after waits for that instead of
// being refused, and when the service is idle only the runs to keep are left.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listRuns } from "../../src/services/analysis/index.ts";
import { importPath } from "../../src/services/import-service.ts";
import { startHarness, type Harness } from "./http-harness.ts";

let h: Harness;
const saved = process.env.DIAGONAL_KEEP_RUNS;

async function succeeded(statusUrl: string): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const job = (await h.call("analyst", "GET", statusUrl)).json;
    if (job.state === "succeeded") return job.runId as string;
    expect(job.state, job.error).toBe("running");
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("analysis did not finish");
}

beforeAll(async () => {
  // Read by the analysis's child process, forked with this process's environment.
  process.env.DIAGONAL_KEEP_RUNS = "1";
  h = await startHarness();
  await h.test.clear();
  await h.newTokens();
  await importPath(h.db, "fixtures/mvo");
});
afterAll(async () => {
  if (saved === undefined) delete process.env.DIAGONAL_KEEP_RUNS;
  else process.env.DIAGONAL_KEEP_RUNS = saved;
  await h.close();
});

describe("pruning after a run over HTTP", () => {
  it("accepts a run started the moment the last one succeeded, and leaves the newest run only", async () => {
    const ids: string[] = [];
    for (const seed of [1, 2, 3]) {
      const started = await h.call("analyst", "POST", "/api/v1/analysis/runs", { seed });
      expect(started.status, started.text).toBe(202);
      ids.push(await succeeded(started.json.statusUrl));
    }
    await h.app.services.analysis.idle();
    expect((await listRuns(h.db)).map((r) => r.id)).toEqual([ids[2]]);
    expect(await h.test.rows("MATCH (s:Suggestion) WHERE s.runId <> $id RETURN s LIMIT 1", { id: ids[2] })).toEqual([]);
  });
});
