// `diagonal recommend …` answers through the same call table as the HTTP service's recommender
// thread (inProcessRecommendations): the same partners, networks and contacts as the API, for a
// stored network, a described one and a partner named by an id merged away on import.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { importFiles } from "../../src/services/import-service.ts";
import { inProcessRecommendations } from "../../src/services/recommendation-calls.ts";
import { cliEnv } from "../support/cli-env.ts";
import { useFixtureHarness, type Harness } from "./http-harness.ts";

const BIN = fileURLToPath(new URL("../../bin/diagonal.mjs", import.meta.url));
/** The command, run without blocking this process: the service under test answers meanwhile. */
const run = (...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: cliEnv(), encoding: "utf8", timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ status: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr }));
  });
const json = async (pending: ReturnType<typeof run>) => {
  const out = await pending;
  expect(out.status, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as unknown;
};

describe("diagonal recommend", () => {
  const harness = useFixtureHarness(["fixtures/mvo"], async (h) => {
    await importFiles(h.db, [{ name: "partners.csv", data: Buffer.from("id,name,kind\nhl-import,Hogeschool Leiestad vzw,academic\n") }]);
  });
  let h: Harness;
  beforeAll(() => { h = harness(); });

  it("gives the API's answers, for a stored network and a new one", async () => {
    const served = await h.call("analyst", "GET", "/api/v1/projects/ln-talent-kmo/recommendations/partners?limit=4");
    expect(served.status, served.text).toBe(200);
    expect(await json(run("recommend", "partners", "ln-talent-kmo", "--limit", "4", "--json"))).toEqual(served.json);
    const here = await inProcessRecommendations(h.db).networksForNewNetwork({ themes: ["talent-development"], description: "talent in kmo's", lead: "hl-import", limit: 3 });
    const cli = await json(run("recommend", "networks", "--themes", "talent-development", "--description", "talent in kmo's", "--lead", "hl-import", "--limit", "3", "--json"));
    expect(cli).toEqual(JSON.parse(JSON.stringify(here)));
    expect((cli as { warnings: string[] }).warnings).toContain('leads: "hl-import" was merged into "hogeschool-leiestad"; read as "hogeschool-leiestad"');
  });

  const storedModels = async () =>
    (await h.test.driver.executeQuery("MATCH (m:ContactModel) RETURN m.fittedAt AS fittedAt ORDER BY fittedAt DESC", {}, { database: h.test.database })).records.map((r) => r.get("fittedAt") as string);

  it("recommends contacts for a partner named by an id merged away on import, as the route does, with the model it stored", async () => {
    // Nothing stored: the command fits the model, stores it and answers with it.
    expect(await storedModels()).toEqual([]);
    const cli = await json(run("recommend", "contacts", "hl-import", "--limit", "3", "--json"));
    const [fittedAt] = await storedModels();
    expect((cli as { model: unknown }).model).toEqual({ source: "hand", variant: "hand", reason: expect.stringMatching(/^too little history to choose from/), fittedAt });
    // The route reads the same stored model (no fit of its own) and gives the same answer.
    const served = await h.call("analyst", "GET", "/api/v1/partners/hl-import/recommendations/partners?limit=3");
    expect(served.status, served.text).toBe(200);
    expect(cli).toEqual(served.json);
    expect((cli as { partnerId: string }).partnerId).toBe("hogeschool-leiestad");
    const text = await run("recommend", "contacts", "hl-import", "--limit", "1", "--lang", "en");
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^1\. .+ \(.+\)  score \d\.\d{3}\n   - /);
    expect(text.stdout).toContain(`(model: hand-weighted score, too little history to choose from`);
    // Reused: no second node.
    expect(await storedModels()).toEqual([fittedAt]);
  });

  it("fits the contacts model again with --refit, and stores the new fit", async () => {
    const before = await storedModels();
    const out = await json(run("recommend", "contacts", "hl-import", "--limit", "2", "--refit", "--json")) as { model: { fittedAt: string } };
    const after = await storedModels();
    expect(after).toHaveLength(before.length + 1);
    expect(out.model.fittedAt).toBe(after[0]);
    expect(after[0]! > before[0]!).toBe(true);
    const bad = await run("recommend", "contacts", "hl-import", "--limit", "0", "--refit");
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain("--limit");
    expect(await storedModels()).toEqual(after);
  });

  it("evaluates the deployed contacts model, and says when the graph is too small to choose one", async () => {
    const out = await run("evaluate", "--task", "contacts", "--json");
    expect(out.status, out.stderr).toBe(0);
    const report = JSON.parse(out.stdout) as { learned: { model: { reason?: string; variant?: unknown }; hits: { n: number } }; queries: number };
    // The fixture graph's history is too small to split again: the hand score is deployed, as the route says.
    expect(report.learned.model.variant).toBeUndefined();
    expect(report.learned.model.reason).toMatch(/^too little history to choose from/);
    expect(report.learned.hits.n).toBe(report.queries);
  });
});
