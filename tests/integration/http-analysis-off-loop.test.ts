// An analysis started over HTTP runs in a child process: while it computes on a few thousand
// generated networks, /healthz keeps answering promptly (the in-process analysis stalled it for
// seconds at a time), progress arrives, and the stored run is the one the job names. The threshold
// is far above noise; the figures themselves are printed by `npm run bench:api`.
import { describe, expect, it } from "vitest";
import { useGeneratedHarness } from "./http-harness.ts";

const harness = useGeneratedHarness(2500, 11);

describe("analysis off the event loop", () => {
  it("keeps /healthz answering while a large analysis runs", async () => {
    const h = harness();
    const started = await h.call("analyst", "POST", "/api/v1/analysis/runs", { seed: 3 });
    expect(started.status, started.text).toBe(202);
    const latencies: number[] = [];
    const stages = new Set<string>();
    let job: { state: string; runId?: string; stage?: string; error?: string } = { state: "running" };
    for (let i = 0; i < 6000 && job.state === "running"; i++) {
      const t0 = performance.now();
      const health = await fetch(`${h.url}/healthz`);
      latencies.push(performance.now() - t0);
      expect(health.status).toBe(200);
      job = (await h.call("analyst", "GET", started.json.statusUrl)).json;
      if (job.stage) stages.add(job.stage);
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(job.state, job.error).toBe("succeeded");
    expect(stages.size).toBeGreaterThan(2);
    const [run] = await h.test.rows<{ id: string; projects: number }>("MATCH (r:AnalysisRun {id: $id}) RETURN r.id AS id, r.projects AS projects", { id: job.runId });
    expect(run?.id).toBe(job.runId);
    expect(latencies.length).toBeGreaterThan(20);
    expect(Math.max(...latencies)).toBeLessThan(1000);
  });
});
