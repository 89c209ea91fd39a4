// The byte cache of derived answers over HTTP against the real Neo4j: each kind (graph views, maps,
// suggestions, opportunities, communities) shows an import, an entity change, a decision and a run
// at the next read; concurrent first reads compute once; ETag and 304; the byte budget holds; a
// public caller never gets a body cached for a role that sees more; the maps an embed needs are
// built when a run completes; a change written by another process shows once the window passed
// and the version was read again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseServiceEnv } from "../../src/config/service-env.ts";
import { runAnalysis } from "../../src/services/analysis/index.ts";
import { dataVersionSettled, FRESHNESS_WINDOW_MS, setDataVersionClock } from "../../src/services/data-version.ts";
import { importDataset, importPath } from "../../src/services/import-service.ts";
import { startHarness, type Harness } from "./http-harness.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;
const PROJECT = "ln-talent-kmo";
const THEME = "talent-development";

let h: Harness;
/** Bodies computed by the cache so far (misses). */
const computed = () => h.app.services.responses.computed;

beforeAll(async () => {
  // The maps carry the open suggestions here (as the operator may publish them), so a decision changes them.
  h = await startHarness({ PUBLIC_SUGGESTIONS: "on" });
  await h.test.clear();
  await importPath(h.db, FIXTURES);
  await h.newTokens();
  await runAnalysis(h.db, { seed: 3 });
  await h.app.embedMaps.idle();
});
afterAll(async () => { await h.close(); });

describe("response cache", () => {
  it("serves a repeated read from memory, with an ETag, and 304 for a matching If-None-Match", async () => {
    const path = `/api/v1/graph/projects/${PROJECT}`;
    const first = await h.call("public", "GET", path);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const before = computed();
    const again = await h.call("public", "GET", path);
    expect(again.text).toBe(first.text);
    expect(again.headers.get("etag")).toBe(etag);
    expect(computed()).toBe(before);
    for (const validator of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const revalidated = await h.call("public", "GET", path, undefined, { "if-none-match": validator });
      expect(revalidated.status).toBe(304);
      expect(revalidated.text).toBe("");
    }
    const otherTag = await h.call("public", "GET", path, undefined, { "if-none-match": '"not-this-one"' });
    expect(otherTag.status).toBe(200);
    expect(otherTag.text).toBe(first.text);
    // Another query is another answer.
    const smaller = await h.call("public", "GET", `${path}?limit=3`);
    expect(smaller.json.nodes).toHaveLength(3);
    expect(smaller.headers.get("etag")).not.toBe(etag);
  });

  it("answers a repeated read before the middleware chain: the same bytes and headers, for that role and Origin only", async () => {
    const path = `/api/v1/maps/themes/${THEME}`;
    const shortcuts = () => h.app.shortcut.served;
    const first = await h.call("public", "GET", path);
    const before = shortcuts();
    const again = await h.call("public", "GET", path);
    expect(shortcuts()).toBe(before + 1);
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
    const headers = (r: typeof first) => {
      const out: [string, string][] = [];
      // Per answer: the request id and the date.
      r.headers.forEach((value, name) => { if (!["x-request-id", "date"].includes(name)) out.push([name, value]); });
      return out;
    };
    expect(headers(again)).toEqual(headers(first));
    expect(again.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    const revalidated = await h.call("public", "GET", path, undefined, { "if-none-match": first.headers.get("etag")! });
    expect(revalidated.status).toBe(304);
    expect(shortcuts()).toBe(before + 2);
    // Another role, another Origin: the whole stack answers first (its own headers, its own body).
    const coordinator = await h.call("coordinator", "GET", path);
    expect(coordinator.headers.get("cache-control")).toBe("no-store");
    const fromSite = await h.call("public", "GET", path, undefined, { origin: "https://elsewhere.example" });
    expect(fromSite.status).toBe(200);
    expect(shortcuts()).toBe(before + 2);
    // An anonymous caller of a rate-limited view is charged every time: never a shortcut.
    for (let i = 0; i < 3; i++) expect((await h.call("public", "GET", `/api/v1/graph/themes/${THEME}`)).headers.get("ratelimit")).toBeTruthy();
    expect(shortcuts()).toBe(before + 2);
    // With a token it is not limited, and the repeated read is a shortcut.
    await h.call("coordinator", "GET", `/api/v1/graph/themes/${THEME}`);
    await h.call("coordinator", "GET", `/api/v1/graph/themes/${THEME}`);
    expect(shortcuts()).toBe(before + 3);
    // A change: the next read shows it (the body of the new version, whoever built it), never the old one.
    const patched = await h.call("coordinator", "PATCH", `/api/v1/themes/${THEME}`, { nameNl: "Talentontwikkeling (renamed for the shortcut test)" });
    expect(patched.status).toBe(200);
    const changed = await h.call("public", "GET", path);
    expect(changed.text).toContain("renamed for the shortcut test");
    expect(changed.headers.get("etag")).not.toBe(first.headers.get("etag"));
  });

  it("computes a first read once, however many ask at the same time", async () => {
    await h.call("coordinator", "PATCH", `/api/v1/projects/${PROJECT}`, { region: "Limburg" }); // a new version: nothing cached
    const before = computed();
    const answers = await Promise.all(Array.from({ length: 20 }, () => h.call("analyst", "GET", "/api/v1/graph/network?kinds=project,theme,partner")));
    expect(computed() - before).toBe(1);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.every((a) => a.status === 200)).toBe(true);
  });

  it("never sends the public a body cached for a role that sees more, nor 304 for its ETag", async () => {
    const created = await h.call("coordinator", "POST", "/api/v1/projects", {
      id: "ln-secret", name: "Geheim netwerk", start: "2027-01-01", status: "planned", description: "nog niet aangekondigd",
    });
    expect(created.status).toBe(201);
    await importDataset(h.db, { projectThemes: [{ project: "ln-secret", theme: THEME, weight: 1 }] });
    for (const path of ["/api/v1/graph/network?kinds=project&limit=2000", `/api/v1/graph/themes/${THEME}`]) {
      const analyst = await h.call("analyst", "GET", path);
      expect(analyst.text).toContain("ln-secret");
      const pub = await h.call("public", "GET", path, undefined, { "if-none-match": analyst.headers.get("etag")! });
      expect(pub.status).toBe(200);
      expect(pub.text).not.toContain("ln-secret");
      expect(pub.text).not.toContain("Geheim");
      expect(pub.headers.get("etag")).not.toBe(analyst.headers.get("etag"));
    }
    expect((await h.call("public", "GET", "/api/v1/graph/projects/ln-secret")).status).toBe(404);
    expect((await h.call("analyst", "GET", "/api/v1/graph/projects/ln-secret")).status).toBe(200);
  });

  it("shows an import at the next read of every view and map", async () => {
    const network = await h.call("public", "GET", "/api/v1/graph/network?kinds=project&limit=2000");
    const theme = await h.call("public", "GET", `/api/v1/graph/themes/${THEME}`);
    const themeMap = await h.call("public", "GET", `/api/v1/maps/themes/${THEME}`);
    for (const r of [network, theme, themeMap]) expect(r.text).not.toContain("ln-imported");
    await importDataset(h.db, {
      projects: [{ id: "ln-imported", name: "Ingevoerd netwerk", start: "2024-01-01", status: "active" }] as never,
      projectThemes: [{ project: "ln-imported", theme: THEME, weight: 1 }],
    });
    for (const path of ["/api/v1/graph/network?kinds=project&limit=2000", `/api/v1/graph/themes/${THEME}`, `/api/v1/maps/themes/${THEME}`]) {
      expect((await h.call("public", "GET", path)).text).toContain("ln-imported");
    }
  });

  it("shows an entity change at the next read of views, maps, suggestions and communities", async () => {
    expect((await h.call("analyst", "GET", "/api/v1/communities")).text).not.toContain("Talent in kleine bedrijven");
    const paths = [`/api/v1/graph/projects/${PROJECT}`, `/api/v1/maps/projects/${PROJECT}`, `/api/v1/maps/network`];
    for (const path of paths) expect((await h.call("public", "GET", path)).text).not.toContain("Talent in kleine bedrijven");
    const suggestions = await h.call("analyst", "GET", `/api/v1/projects/${PROJECT}/suggestions?limit=5`);
    expect(suggestions.json.items.length).toBeGreaterThan(0);
    const other = suggestions.json.items[0].a === PROJECT ? suggestions.json.items[0].b : suggestions.json.items[0].a;
    expect((await h.call("coordinator", "PATCH", `/api/v1/projects/${PROJECT}`, { name: "Talent in kleine bedrijven" })).status).toBe(200);
    for (const path of paths) expect((await h.call("public", "GET", path)).text).toContain("Talent in kleine bedrijven");
    // The other side's suggestions name this project by its new name.
    const theirs = await h.call("analyst", "GET", `/api/v1/projects/${other}/suggestions?limit=50`);
    expect(theirs.text).toContain("Talent in kleine bedrijven");
    expect((await h.call("analyst", "GET", "/api/v1/communities")).text).toContain("Talent in kleine bedrijven");
  });

  it("shows a decision at the next read of suggestions and maps", async () => {
    const list = await h.call("analyst", "GET", `/api/v1/projects/${PROJECT}/suggestions?limit=10`);
    const top = list.json.items[0];
    const global = await h.call("analyst", "GET", "/api/v1/suggestions?limit=500");
    expect(global.json.items.map((s: { id: string }) => s.id)).toContain(top.id);
    const map = await h.call("public", "GET", `/api/v1/maps/projects/${PROJECT}`);
    const suggestedEdges = (m: { edges: { attributes: { kind: string } }[] }) => m.edges.filter((e) => e.attributes.kind === "suggestion").length;
    const decided = await h.call("coordinator", "POST", `/api/v1/suggestions/${encodeURIComponent(top.id)}/decision`, { decision: "reject", note: "al in contact" });
    expect(decided.status).toBe(200);
    expect((await h.call("analyst", "GET", `/api/v1/projects/${PROJECT}/suggestions?limit=10`)).json.items.map((s: { id: string }) => s.id)).not.toContain(top.id);
    expect((await h.call("analyst", "GET", "/api/v1/suggestions?limit=500")).json.items.map((s: { id: string }) => s.id)).not.toContain(top.id);
    const after = await h.call("public", "GET", `/api/v1/maps/projects/${PROJECT}`, undefined, { "if-none-match": map.headers.get("etag")! });
    expect(after.status).toBe(200);
    expect(suggestedEdges(after.json)).toBeLessThanOrEqual(suggestedEdges(map.json));
    expect(after.text).not.toMatch(new RegExp(`"project:(${top.a}|${top.b})--project:(${top.a}|${top.b})"`));
  });

  it("shows a completed run at the next read of suggestions, opportunities, communities and maps, and builds the embed maps ahead", async () => {
    const first = await h.call("analyst", "GET", "/api/v1/communities");
    const opportunities = await h.call("analyst", "GET", "/api/v1/opportunities");
    expect(first.status).toBe(200);
    expect(opportunities.status).toBe(200);
    const run = await runAnalysis(h.db, { seed: 4 });
    await h.app.embedMaps.idle();
    // The network map and the theme maps were built when the run completed: these are hits.
    const before = computed();
    const network = await h.call("public", "GET", "/api/v1/maps/network");
    const themeMap = await h.call("public", "GET", `/api/v1/maps/themes/${THEME}`);
    expect(computed()).toBe(before);
    expect(network.json.attributes.runId).toBe(run.id);
    expect(themeMap.json.attributes.runId).toBe(run.id);
    expect((await h.call("analyst", "GET", `/api/v1/projects/${PROJECT}/suggestions?limit=3`)).json.items.every((s: { runId: string }) => s.runId === run.id)).toBe(true);
    // Communities carry no run id: the answer is computed again for the new run, not served from before.
    const beforeCommunities = computed();
    const communities = await h.call("analyst", "GET", "/api/v1/communities");
    expect(communities.json.items.length).toBeGreaterThan(0);
    expect(computed()).toBe(beforeCommunities + 1);
    const opp = await h.call("analyst", "GET", "/api/v1/opportunities");
    expect(opp.json.items.length).toBeGreaterThan(0);
    expect(opp.json.items.every((o: { runId: string }) => o.runId === run.id)).toBe(true);
  });

  it("shows a change written by another process once the freshness window has passed", async () => {
    let now = Date.now();
    setDataVersionClock(h.db, () => now);
    try {
      const path = `/api/v1/graph/themes/${THEME}`;
      expect((await h.call("public", "GET", path)).text).not.toContain("Elders gewijzigd");
      // What another process's import does: the data, then the counter.
      await h.test.rows("MATCH (t:Theme {id: $id}) SET t.nameNl = 'Elders gewijzigd'", { id: THEME });
      await h.test.rows("MATCH (v:DataVersion {id: 'graph'}) SET v.counter = v.counter + 1");
      now += FRESHNESS_WINDOW_MS + 1;
      // The first read after the window asks for the version in the background; the next shows the change.
      await h.call("public", "GET", path);
      await dataVersionSettled(h.db);
      expect((await h.call("public", "GET", path)).text).toContain("Elders gewijzigd");
    } finally {
      setDataVersionClock(h.db, Date.now);
    }
  });
});

describe("response cache budget", () => {
  let small: Harness;
  beforeAll(async () => { small = await startHarness({ RESPONSE_CACHE_BYTES: "6kb" }); });
  afterAll(async () => { await small.close(); });

  it("keeps at most the configured bytes, and still answers bodies larger than the budget", async () => {
    const cache = small.app.services.responses;
    expect(cache.maxBytes).toBe(6 * 1024);
    const ids = (await small.call("public", "GET", "/api/v1/projects?limit=50")).json.items.map((p: { id: string }) => p.id) as string[];
    expect(ids.length).toBeGreaterThan(5);
    let served = 0;
    for (const id of ids) {
      for (const limit of [2, 5, 50]) {
        const r = await small.call("public", "GET", `/api/v1/graph/projects/${id}?limit=${limit}`);
        expect(r.status).toBe(200);
        served += r.text.length;
        expect(cache.size).toBeLessThanOrEqual(6 * 1024);
      }
    }
    expect(served).toBeGreaterThan(6 * 1024);
    expect(cache.size).toBeGreaterThan(0);
    const big = await small.call("public", "GET", "/api/v1/maps/network");
    expect(big.text.length).toBeGreaterThan(6 * 1024);
    expect(big.json.nodes.length).toBeGreaterThan(0);
    expect(cache.size).toBeLessThanOrEqual(6 * 1024);
    // A small answer read twice in a row is kept.
    const before = cache.computed;
    await small.call("public", "GET", `/api/v1/graph/projects/${ids[0]}?limit=2`);
    await small.call("public", "GET", `/api/v1/graph/projects/${ids[0]}?limit=2`);
    expect(cache.computed - before).toBeLessThanOrEqual(1);
  });

  it("refuses a budget that is not a size, naming the setting", async () => {
    expect(() => parseServiceEnv({ RESPONSE_CACHE_BYTES: "lots" })).toThrow(/RESPONSE_CACHE_BYTES.*512kb or 2mb/s);
    expect(() => parseServiceEnv({ REQUEST_LOG_SAMPLE: "2" })).toThrow(/REQUEST_LOG_SAMPLE.*from 0 to 1/s);
  });
});
