// The analysis over HTTP on the fixture network: a background run (202, job to poll, 409 while
// one runs), explained suggestions for a project and filtered, the decision flow (accept →
// COLLABORATES_WITH and no longer suggested; reject → excluded after a rerun), run differences,
// opportunities and communities.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPath } from "../../src/services/import-service.ts";
import { startHarness, type Harness } from "./http-harness.ts";

let h: Harness;

async function runAnalysisOverHttp(): Promise<string> {
  const started = await h.call("analyst", "POST", "/api/v1/analysis/runs", { seed: 7 });
  expect(started.status, started.text).toBe(202);
  expect(started.headers.get("location")).toBe(started.json.statusUrl);
  for (let i = 0; i < 600; i++) {
    const job = await h.call("analyst", "GET", started.json.statusUrl);
    expect(job.status).toBe(200);
    if (job.json.state === "succeeded") return job.json.runId as string;
    expect(job.json.state, job.json.error).toBe("running");
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("analysis did not finish");
}

beforeAll(async () => {
  h = await startHarness();
  await h.test.clear();
  await h.newTokens();
  await importPath(h.db, "fixtures/mvo");
});
afterAll(async () => { await h.close(); });

describe("analysis over HTTP", () => {
  let firstRun: string;
  let secondRun: string;
  let accepted: { id: string; a: string; b: string };
  let rejected: { id: string; a: string; b: string };

  it("starts one run at a time in the background", async () => {
    const [x, y] = await Promise.all([
      h.call("analyst", "POST", "/api/v1/analysis/runs", {}),
      h.call("coordinator", "POST", "/api/v1/analysis/runs", {}),
    ]);
    expect([x.status, y.status].sort()).toEqual([202, 409]);
    const conflict = x.status === 409 ? x : y;
    expect(conflict.json.type).toBe("/api/docs#problem-conflict");
    await h.app.services.analysis.idle();
    const bad = await h.call("analyst", "POST", "/api/v1/analysis/runs", { resolution: -1, colour: "red" });
    expect(bad.status).toBe(400);
    expect(bad.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(["(root)", "resolution"]);
    expect((await h.call("analyst", "GET", "/api/v1/analysis/jobs/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("runs and stores a run", async () => {
    firstRun = await runAnalysisOverHttp();
    const run = await h.call("analyst", "GET", `/api/v1/analysis/runs/${firstRun}`);
    expect(run.json).toMatchObject({ id: firstRun, params: expect.objectContaining({ seed: 7 }) });
    expect(run.json.counts.projects).toBe(14);
    const runs = await h.call("analyst", "GET", "/api/v1/analysis/runs");
    expect(runs.json.items.map((r: { id: string }) => r.id)).toContain(firstRun);
    expect((await h.call("analyst", "GET", "/api/v1/analysis/runs/run-none")).status).toBe(404);
  });

  it("lists a project's explained suggestions, best first", async () => {
    const r = await h.call("analyst", "GET", "/api/v1/projects/ln-talent-kmo/suggestions?limit=5");
    expect(r.status).toBe(200);
    expect(r.json.items.length).toBeGreaterThan(0);
    for (const s of r.json.items) {
      expect([s.a, s.b]).toContain("ln-talent-kmo");
      expect(s.reasons.nl.length).toBeGreaterThan(0);
      expect(s.reasons.en.length).toBe(s.reasons.nl.length);
      expect(s).not.toHaveProperty("fingerprint");
    }
    const scores = r.json.items.map((s: { score: number }) => s.score);
    expect(scores).toEqual([...scores].sort((x: number, y: number) => y - x));
    expect((await h.call("analyst", "GET", "/api/v1/projects/nope/suggestions")).status).toBe(404);
  });

  it("filters the global top by diagonal-only, theme and community", async () => {
    const diagonal = await h.call("analyst", "GET", "/api/v1/suggestions?diagonalOnly=true&limit=50");
    expect(diagonal.json.items.every((s: { diagonal: boolean }) => s.diagonal)).toBe(true);
    const community = diagonal.json.items[0]?.communities[0];
    if (community !== undefined && community !== null) {
      const inCommunity = await h.call("analyst", "GET", `/api/v1/suggestions?community=${community}`);
      expect(inCommunity.json.items.every((s: { communities: number[] }) => s.communities.includes(community))).toBe(true);
    }
    const theme = await h.call("analyst", "GET", "/api/v1/suggestions?theme=north-south");
    expect(theme.status).toBe(200);
    expect((await h.call("analyst", "GET", "/api/v1/suggestions?diagonalOnly=perhaps")).json.errors[0]).toMatchObject({ field: "diagonalOnly" });
  });

  it("accepting creates the collaboration and the pair is no longer suggested", async () => {
    const list = await h.call("analyst", "GET", "/api/v1/suggestions?limit=10");
    [accepted, rejected] = list.json.items;
    const r = await h.call("coordinator", "POST", `/api/v1/suggestions/${encodeURIComponent(accepted.id)}/decision`, { decision: "accept", note: "agreed at the meeting" });
    expect(r.status, r.text).toBe(200);
    expect(r.json).toMatchObject({ decision: "accepted", note: "agreed at the meeting", a: accepted.a, b: accepted.b });
    const rel = await h.test.rows("MATCH (a:Project {id: $a})-[:COLLABORATES_WITH]-(b:Project {id: $b}) RETURN count(*) AS n", accepted);
    expect(rel).toEqual([{ n: 1 }]);
    const after = await h.call("analyst", "GET", "/api/v1/suggestions?limit=500");
    expect(after.json.items.map((s: { id: string }) => s.id)).not.toContain(accepted.id);
  });

  it("rejecting excludes the pair from the next run", async () => {
    const r = await h.call("coordinator", "POST", `/api/v1/suggestions/${encodeURIComponent(rejected.id)}/decision`, { decision: "reject", note: "no overlap in practice" });
    expect(r.json.decision).toBe("rejected");
    secondRun = await runAnalysisOverHttp();
    const all = await h.call("analyst", "GET", `/api/v1/suggestions?runId=${secondRun}&limit=500`);
    const pairs = all.json.items.map((s: { a: string; b: string }) => `${s.a}|${s.b}`);
    expect(pairs).not.toContain(`${accepted.a}|${accepted.b}`);
    expect(pairs).not.toContain(`${rejected.a}|${rejected.b}`);
    const stored = await h.test.rows("MATCH (s:Suggestion {runId: $run, a: $a, b: $b}) RETURN count(s) AS n", { run: secondRun, a: rejected.a, b: rejected.b });
    expect(stored).toEqual([{ n: 0 }]);
  });

  it("decisions: 404 for an unknown suggestion, 400 for a bad decision", async () => {
    expect((await h.call("coordinator", "POST", "/api/v1/suggestions/nope/decision", { decision: "accept" })).status).toBe(404);
    const bad = await h.call("coordinator", "POST", `/api/v1/suggestions/${encodeURIComponent(accepted.id)}/decision`, { decision: "maybe" });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({ field: "decision", value: "maybe" });
  });

  it("differences between runs, opportunities and communities", async () => {
    const diff = await h.call("analyst", "GET", `/api/v1/analysis/diff?from=${firstRun}&to=${secondRun}`);
    expect(diff.status).toBe(200);
    expect(diff.json).toMatchObject({ from: firstRun, to: secondRun });
    const dropped = diff.json.dropped.map((d: { a: string; b: string }) => `${d.a}|${d.b}`);
    expect(dropped).toEqual(expect.arrayContaining([`${accepted.a}|${accepted.b}`, `${rejected.a}|${rejected.b}`]));
    expect((await h.call("analyst", "GET", `/api/v1/analysis/diff?from=${firstRun}`)).json.errors[0]).toMatchObject({ field: "to" });

    const opps = await h.call("analyst", "GET", "/api/v1/opportunities?limit=200");
    expect(opps.json.items.length).toBeGreaterThan(0);
    for (const o of opps.json.items) expect(o.reasons.en.length).toBeGreaterThan(0);
    const brokers = await h.call("analyst", "GET", "/api/v1/opportunities?kind=broker");
    expect(brokers.json.items.every((o: { kind: string }) => o.kind === "broker")).toBe(true);
    expect((await h.call("analyst", "GET", "/api/v1/opportunities?kind=gossip")).status).toBe(400);

    const communities = await h.call("analyst", "GET", "/api/v1/communities");
    const projects = communities.json.items.flatMap((c: { projects: { id: string }[] }) => c.projects.map((p) => p.id));
    expect(new Set(projects).size).toBe(14);
  });
});
