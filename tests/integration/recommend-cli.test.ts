// `diagonal recommend …` answers through the same call table as the HTTP service's recommender
// thread (inProcessRecommendations): the same partners, networks and contacts as the API, for a
// stored network, a described one and a partner named by an id merged away on import.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFiles, importPath } from "../../src/services/import-service.ts";
import { inProcessRecommendations } from "../../src/services/recommendation-calls.ts";
import { cliEnv } from "../support/cli-env.ts";
import { startHarness, type Harness } from "./http-harness.ts";

const BIN = fileURLToPath(new URL("../../bin/diagonal.mjs", import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env: cliEnv(), encoding: "utf8", timeout: 120_000 });
const json = (out: ReturnType<typeof run>) => {
  expect(out.status, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as unknown;
};

describe("diagonal recommend", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.test.clear();
    await h.newTokens();
    await importPath(h.db, "fixtures/mvo");
    await importFiles(h.db, [{ name: "partners.csv", data: Buffer.from("id,name,kind\nhl-import,Hogeschool Leiestad vzw,academic\n") }]);
  });
  afterAll(async () => { await h.test.clear(); await h.close(); });

  it("gives the API's answers, for a stored network and a new one", async () => {
    const served = await h.call("analyst", "GET", "/api/v1/projects/ln-talent-kmo/recommendations/partners?limit=4");
    expect(served.status, served.text).toBe(200);
    expect(json(run("recommend", "partners", "ln-talent-kmo", "--limit", "4", "--json"))).toEqual(served.json);
    const here = await inProcessRecommendations(h.db).networksForNewNetwork({ themes: ["talent-development"], description: "talent in kmo's", lead: "hl-import", limit: 3 });
    const cli = json(run("recommend", "networks", "--themes", "talent-development", "--description", "talent in kmo's", "--lead", "hl-import", "--limit", "3", "--json"));
    expect(cli).toEqual(JSON.parse(JSON.stringify(here)));
    expect((cli as { warnings: string[] }).warnings).toContain('leads: "hl-import" was merged into "hogeschool-leiestad"; read as "hogeschool-leiestad"');
  });

  it("recommends contacts for a partner named by an id merged away on import, as the route does", async () => {
    const served = await h.call("analyst", "GET", "/api/v1/partners/hl-import/recommendations/partners?limit=3");
    expect(served.status, served.text).toBe(200);
    const cli = json(run("recommend", "contacts", "hl-import", "--limit", "3", "--json"));
    expect(cli).toEqual(served.json);
    expect((cli as { partnerId: string }).partnerId).toBe("hogeschool-leiestad");
    const text = run("recommend", "contacts", "hl-import", "--limit", "1", "--lang", "en");
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^1\. .+ \(.+\)  score \d\.\d{3}\n   - /);
  });
});
