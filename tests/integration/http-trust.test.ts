// Nothing private leaks and nobody is locked out, over HTTP against a real Neo4j: a planted
// planned project (with an outcome about a public theme and a partner only it has) is revealed by
// no public route or view; anonymous 401s do not use up an admin's budget; authenticated answers
// are not cached; /metrics answers loopback only; malformed multipart and deep JSON are 400s;
// an import's problems come capped with a summary.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedNetwork, startHarness, type Harness } from "./http-harness.ts";

let h: Harness;
beforeAll(async () => { h = await startHarness({ RATE_LIMIT_TOKEN_MAX: "5", RATE_LIMIT_FAILED_AUTH_MAX: "3", RATE_LIMIT_VIEW_MAX: "40" }); });
afterAll(async () => { await h.close(); });
beforeEach(async () => {
  await h.test.clear();
  await seedNetwork(h.test);
  await h.newTokens();
});

const SECRETS = ["planned-x", "o-planned-x", "Geheim resultaat", "Onaangekondigd", "partner-planned-only"];

describe("a planned project is revealed by no public route or view", () => {
  it("neither directly, nor through its outcomes, partners or a neighbour of a neighbour", async () => {
    await h.test.rows(`
      MATCH (talent:Theme {id: 'talent'}), (acme:Partner {id: 'acme'}), (p1:Project {id: 'p1'})
      CREATE (x:Project {id: 'planned-x', name: 'Onaangekondigd netwerk', start: '2026-01-01', status: 'planned'})
      CREATE (x)-[:ADDRESSES {weight: 1.0}]->(talent)
      CREATE (x)-[:PRODUCED]->(o:Outcome {id: 'o-planned-x', title: 'Geheim resultaat', kind: 'report'})-[:ABOUT]->(talent)
      CREATE (acme)-[:PARTICIPATES_IN {role: 'partner'}]->(x)
      CREATE (:Partner {id: 'partner-planned-only', name: 'Stille vennoot', nameKey: 'stille vennoot', kind: 'ngo', activeIn: 'north'})-[:PARTICIPATES_IN {role: 'promoter'}]->(x)
      CREATE (x)-[:COLLABORATES_WITH {source: 'test'}]->(p1)`);
    const paths = [
      "/api/v1/projects", "/api/v1/projects?status=planned", "/api/v1/projects?theme=talent", "/api/v1/projects?partner=acme", "/api/v1/projects?partner=partner-planned-only",
      "/api/v1/projects/p1", "/api/v1/projects/planned-x",
      "/api/v1/themes", "/api/v1/themes/talent",
      "/api/v1/partners/acme", "/api/v1/partners/partner-planned-only", "/api/v1/partners?project=planned-x",
      "/api/v1/outcomes", "/api/v1/outcomes?theme=talent", "/api/v1/outcomes?project=planned-x", "/api/v1/outcomes/o-planned-x",
      "/api/v1/graph/projects/p1?depth=2&kinds=project,theme,partner,outcome&limit=500",
      "/api/v1/graph/projects/p2?depth=2&kinds=project,theme,partner,outcome&limit=500",
      "/api/v1/graph/projects/planned-x", "/api/v1/graph/themes/talent?kinds=project,outcome&limit=500",
      "/api/v1/graph/network?kinds=project,theme,partner,outcome&limit=2000",
    ];
    for (const path of paths) {
      const r = await h.call("public", "GET", path);
      expect([200, 404], path).toContain(r.status);
      // A 404 may repeat the id the client asked for; nothing else may appear.
      for (const secret of SECRETS.slice(0, 4).filter((s) => !path.includes(s))) expect(r.text, `${path} reveals ${secret}`).not.toContain(secret);
    }
    // The partner that only the planned project has may exist publicly, but never with that link.
    expect((await h.call("public", "GET", "/api/v1/partners?project=planned-x")).json).toMatchObject({ items: [], total: 0 });
    expect((await h.call("public", "GET", "/api/v1/partners/partner-planned-only")).json.projects).toEqual([]);
    // Everything is there for an analyst: the test plants what it claims.
    expect((await h.call("analyst", "GET", "/api/v1/partners?project=planned-x")).json.total).toBe(2);
    const depth2 = await h.call("analyst", "GET", "/api/v1/graph/projects/p1?depth=2&kinds=project,theme,partner,outcome&limit=500");
    expect(depth2.text).toContain("o-planned-x");
  });
});

describe("nobody is locked out", () => {
  it("anonymous requests to admin routes cost the admin nothing", async () => {
    for (let i = 0; i < 20; i++) expect((await h.call("public", "GET", "/api/v1/tokens")).status).toBe(401);
    for (let i = 0; i < 4; i++) expect((await h.call("coordinator", "GET", "/api/v1/tokens")).status).toBe(403);
    expect((await h.call("admin", "GET", "/api/v1/tokens")).status).toBe(200);
  });

  it("limits failed token attempts on their own budget, without touching valid tokens", async () => {
    const bad = { authorization: "Bearer not-a-real-token-at-all" };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await h.call("public", "GET", "/api/v1/projects", undefined, bad)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect((await h.call("admin", "GET", "/api/v1/tokens")).status).toBe(200);
  });

  it("an admin's own budget still applies to the admin", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await h.call("admin", "GET", "/api/v1/tokens")).status);
    expect(statuses.slice(0, 5).every((s) => s === 200)).toBe(true);
    expect(statuses[5]).toBe(429);
  });
});

describe("heavy anonymous views", () => {
  it("have a per-address budget; the coordinator's views are not counted against it", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await h.call("public", "GET", "/api/v1/graph/network?limit=2000")).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect((await h.call("coordinator", "GET", "/api/v1/graph/network?limit=2000")).status).toBe(200);
  });
});

describe("headers, operations and malformed bodies", () => {
  it("answers authenticated requests with Cache-Control: no-store", async () => {
    expect((await h.call("analyst", "GET", "/api/v1/projects")).headers.get("cache-control")).toBe("no-store");
    expect((await h.call("public", "GET", "/api/v1/projects")).headers.get("cache-control")).not.toBe("no-store");
  });

  it("serves /metrics to loopback clients (the harness is one)", async () => {
    const r = await fetch(`${h.url}/metrics`);
    expect(r.status).toBe(200);
  });

  it("answers a malformed multipart body with 400, not 500", async () => {
    const r = await h.call("coordinator", "POST", "/api/v1/import", "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"themes.csv\"\r\n\r\nid,nameNl\r\nt1,x", {
      "content-type": "multipart/form-data; boundary=b",
    });
    expect(r.status).toBe(400);
    expect(r.json.detail).toMatch(/multipart/);
  });

  it("answers JSON nested thousands of levels deep with a clear 400", async () => {
    const deep = `{"id":"t9","nameNl":"x","nameEn":"y","description":${"[".repeat(5000)}${"]".repeat(5000)}}`;
    const r = await h.call("coordinator", "POST", "/api/v1/themes", deep);
    expect(r.status).toBe(400);
    expect(r.json.detail).toMatch(/nested at most 32 levels/);
  });

  it("caps an import's problems and summarises all of them", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `ghost-${i},p1,partner`).join("\n");
    const form = new FormData();
    form.append("files", new Blob([`partner,project,role\n${rows}\n`]), "participations.csv");
    const r = await h.call("coordinator", "POST", "/api/v1/import?sync=false", form);
    expect(r.status).toBe(400);
    expect(r.json.errors).toHaveLength(100);
    expect(r.json.problems).toHaveLength(100);
    expect(r.json.summary).toMatchObject({ total: 300, shown: 100, byColumn: { "participations.csv › partner": 300 } });
    expect(r.text.length).toBeLessThan(100_000);
  });
});
