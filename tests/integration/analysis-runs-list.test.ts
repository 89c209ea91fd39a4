// The list of analysis runs reads no recommendation models: each kept run stores its learned
// rankers (large JSON) on its node, and listing runs must not read them; the run detail does.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listRuns, runAnalysis } from "../../src/services/analysis/index.ts";
import { useGeneratedHarness } from "./http-harness.ts";
import { cliEnv } from "../support/cli-env.ts";

const BIN = fileURLToPath(new URL("../../bin/diagonal.mjs", import.meta.url));
const harness = useGeneratedHarness(240, 7);

describe("GET /api/v1/analysis/runs", () => {
  it("lists runs without their models, in a small answer; the run detail carries them", async () => {
    const h = harness();
    const first = await runAnalysis(h.db, { seed: 3 });
    const second = await runAnalysis(h.db, { seed: 4 });
    expect(first.rankers?.partners.source).toBe("learned");
    const stored = await h.test.rows<{ size: number }>("MATCH (r:AnalysisRun) RETURN sum(size(r.rankers)) AS size");

    expect((await listRuns(h.db)).map((r) => [r.id, r.rankers])).toEqual([[second.id, undefined], [first.id, undefined]]);
    const list = await h.call("analyst", "GET", "/api/v1/analysis/runs");
    expect(list.status).toBe(200);
    expect(list.json.items.map((r: { id: string }) => r.id)).toEqual([second.id, first.id]);
    for (const r of list.json.items) {
      expect(Object.keys(r).sort()).toEqual(["counts", "finishedAt", "id", "modularity", "params", "startedAt"]);
    }
    expect(list.text).not.toMatch(/"trees"|"model"/);
    console.log(`runs list: ${list.text.length} bytes for 2 runs; their stored models: ${stored[0]!.size} characters`);
    expect(list.text.length).toBeLessThan(4096);

    const detail = await h.call("analyst", "GET", `/api/v1/analysis/runs/${first.id}`);
    expect(detail.json.rankers.partners).toEqual({ source: "learned", weights: first.rankers!.partners.model.weights });
  });

  it("`diagonal runs` lists every run and shows the models of the newest one only", async () => {
    const h = harness();
    const [newest, older] = await listRuns(h.db);
    const env = cliEnv();
    const out = spawnSync(process.execPath, [BIN, "runs"], { env, encoding: "utf8", timeout: 120_000 });
    expect(out.status, out.stderr).toBe(0);
    const lines = out.stdout.trim().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^${newest!.id} `));
    expect(lines[1]).toMatch(/^  partners +learned weights: /);
    expect(lines[2]).toMatch(/^  networks +learned weights: /);
    expect(lines[3]).toMatch(new RegExp(`^${older!.id} `));
    expect(lines).toHaveLength(4);
  });
});
