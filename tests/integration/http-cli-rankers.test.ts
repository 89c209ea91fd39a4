// One learned model everywhere: a run started over HTTP with an empty body (as the workspace's "run
// analysis" does) and a run started with `diagonal analyze` on the same graph store the same learned
// rankers. Default weights filled in by the request schema never count as weights given by hand.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getRun, listRuns } from "../../src/services/analysis/index.ts";
import { useGeneratedHarness } from "./http-harness.ts";
import { cliEnv } from "../support/cli-env.ts";

const BIN = fileURLToPath(new URL("../../bin/diagonal.mjs", import.meta.url));
const harness = useGeneratedHarness(240, 7);

async function httpRun(body: unknown): Promise<string> {
  const h = harness();
  const started = await h.call("analyst", "POST", "/api/v1/analysis/runs", body);
  expect(started.status, started.text).toBe(202);
  await h.app.services.analysis.idle();
  const job = await h.call("analyst", "GET", started.json.statusUrl);
  expect(job.json.state, job.json.error).toBe("succeeded");
  return job.json.runId as string;
}

function cliRun(...args: string[]): string {
  const env = cliEnv();
  const r = spawnSync(process.execPath, [BIN, "analyze", ...args], { env, encoding: "utf8", timeout: 300_000 });
  expect(r.status, r.stderr).toBe(0);
  return /^run\s+(\S+)$/m.exec(r.stdout)![1]!;
}

describe("rankers of HTTP- and CLI-started runs", () => {
  it("an empty request body learns, and stores the rankers `diagonal analyze` stores", async () => {
    const h = harness();
    const fromHttp = await getRun(h.db, await httpRun({}));
    expect(fromHttp.rankers?.partners.source).toBe("learned");
    expect(fromHttp.rankers?.networks.source).toBe("learned");
    const fromCli = await getRun(h.db, cliRun());
    expect(fromCli.rankers).toEqual(fromHttp.rankers);
    expect(fromCli.params.weights).toEqual(fromHttp.params.weights);
  }, 600_000);

  it("weights sent in the body are given by hand: the run keeps the blend and says why", async () => {
    const h = harness();
    const run = await getRun(h.db, await httpRun({ weights: { themes: 1 } }));
    expect(run.rankers?.partners.source).toBe("default");
    expect(run.rankers?.partners.reason).toMatch(/signal weights given/);
    expect((await listRuns(h.db))[0]!.id).toBe(run.id);
  });
});
