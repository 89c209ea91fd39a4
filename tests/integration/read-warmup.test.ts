// Reads built ahead, against the real Neo4j: the network view taken from the degree order held per
// data version is the live query's answer (every visibility, kinds and limit), a write makes a new
// order that follows the change, and a started service builds the degree order, the embed maps
// and the recommender without a request — at start and again after a run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAnalysis } from "../../src/services/analysis/index.ts";
import { currentDataVersion, dataChanged } from "../../src/services/data-version.ts";
import { builtDegreeOrder, degreeOrder, degreeOrderBuilds } from "../../src/services/degree-order.ts";
import { builtViewIndex } from "../../src/services/view-index.ts";
import { networkFromOrder, networkFromQuery, networkView } from "../../src/services/graph-views.ts";
import { recommenderBuilds } from "../../src/services/recommendation-service.ts";
import { inProcessRecommendations } from "../../src/services/recommendation-calls.ts";
import { importPath } from "../../src/services/import-service.ts";
import type { NodeType } from "../../src/analysis/graph.ts";
import { startHarness, type Harness } from "./http-harness.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.test.clear();
  await importPath(h.db, FIXTURES);
  await h.newTokens();
});
afterAll(async () => {
  h.app.warmup.stop();
  await h.app.warmup.idle();
  await h.close();
});

const token = async () => (await currentDataVersion(h.db)).token;
const shape = (s: { nodes: { label: string; props: Record<string, unknown> }[]; totals: { label: string; total: number }[] }) => ({
  nodes: s.nodes.map((n) => `${n.label}:${String(n.props.id)}`),
  props: s.nodes.map((n) => n.props),
  totals: s.totals,
});

describe("the network view from the degree order", () => {
  const cases: { kinds: NodeType[]; limit: number }[] = [
    { kinds: ["project", "theme"], limit: 500 },
    { kinds: ["project", "theme"], limit: 3 },
    { kinds: ["partner", "project"], limit: 7 },
    { kinds: ["project", "theme", "partner", "outcome"], limit: 2000 },
    { kinds: ["outcome"], limit: 2 },
  ];

  it("is what the live query gives, for every visibility, kinds and limit", async () => {
    await degreeOrder(h.db, await token());
    let compared = 0;
    for (const visibility of ["all", "public"] as const) {
      for (const { kinds, limit } of cases) {
        const fromOrder = await networkFromOrder(h.db, visibility, kinds, limit);
        expect(fromOrder, "the order of this version is built").toBeDefined();
        const live = await networkFromQuery(h.db, visibility, kinds, limit);
        expect(shape(fromOrder!), `${visibility} ${kinds.join(",")} ${limit}`).toEqual(shape(live));
        expect(fromOrder!.nodes.length).toBeGreaterThan(0);
        compared++;
      }
    }
    expect(compared).toBe(10);
  });

  it("hides planned networks and their outcomes from the public", async () => {
    await h.test.rows(`MATCH (t:Theme) WITH t ORDER BY t.id LIMIT 1
      CREATE (p:Project {id: 'zz-planned', name: 'Not announced', status: 'planned'})-[:ADDRESSES {weight: 1.0}]->(t)
      CREATE (p)-[:PRODUCED]->(:Outcome {id: 'zz-planned-outcome', title: 'Draft', kind: 'tool'})`);
    await dataChanged(h.db, "entity");
    await degreeOrder(h.db, await token());
    const ids = async (visibility: "all" | "public") => (await networkFromOrder(h.db, visibility, ["project", "outcome"], 2000))!.nodes.map((n) => n.props.id);
    expect(await ids("all")).toEqual(expect.arrayContaining(["zz-planned", "zz-planned-outcome"]));
    expect(await ids("public")).not.toContain("zz-planned");
    expect(await ids("public")).not.toContain("zz-planned-outcome");
    const totals = (await networkFromOrder(h.db, "public", ["project", "outcome"], 2000))!.totals;
    expect(totals).toEqual((await networkFromQuery(h.db, "public", ["project", "outcome"], 2000)).totals);
  });

  it("follows a write: the next version has its own order, the same as the live query's", async () => {
    const before = await token();
    await degreeOrder(h.db, before);
    const builds = degreeOrderBuilds(h.db);
    // A new theme that every network addresses and every outcome is about becomes the best connected theme.
    await h.test.rows("CREATE (:Theme {id: 'zz-everything', nameNl: 'Alles', nameEn: 'Everything'})");
    await h.test.rows("MATCH (p:Project), (t:Theme {id: 'zz-everything'}) CREATE (p)-[:ADDRESSES {weight: 1.0}]->(t)");
    await h.test.rows("MATCH (o:Outcome), (t:Theme {id: 'zz-everything'}) CREATE (o)-[:ABOUT]->(t)");
    await dataChanged(h.db, "entity");
    const after = await token();
    expect(after).not.toBe(before);
    expect(builtDegreeOrder(h.db, after), "an order is never used for another version").toBeUndefined();
    const order = await degreeOrder(h.db, after);
    expect(degreeOrderBuilds(h.db)).toBe(builds + 1);
    expect(order.ids).toContain("zz-everything");
    const view = await networkView(h.db, "all", { kinds: ["theme"], limit: 1 });
    expect(view.nodes.map((n) => n.key)).toEqual(["theme:zz-everything"]);
    expect(shape((await networkFromOrder(h.db, "all", ["project", "theme"], 4))!)).toEqual(shape(await networkFromQuery(h.db, "all", ["project", "theme"], 4)));
  });

  it("is not used once the graph changed without a new data version (a write outside Diagonal's writers)", async () => {
    const version = await token();
    await degreeOrder(h.db, version);
    expect(await networkFromOrder(h.db, "all", ["outcome"], 2000)).toBeDefined();
    await h.test.rows("MATCH (p:Project) WITH p ORDER BY p.id LIMIT 1 CREATE (p)-[:PRODUCED]->(:Outcome {id: 'zz-unannounced', title: 'Unannounced', kind: 'tool'})");
    expect(await token()).toBe(version);
    expect(await networkFromOrder(h.db, "all", ["outcome"], 2000), "the count store says the graph changed").toBeUndefined();
    const live = await networkView(h.db, "all", { kinds: ["outcome"], limit: 2000 });
    expect(live.nodes.map((n) => n.key)).toContain("outcome:zz-unannounced");
    // Read again at the same version, it holds the new node.
    const order = await degreeOrder(h.db, version);
    expect(order.ids).toContain("zz-unannounced");
    expect(shape((await networkFromOrder(h.db, "all", ["outcome"], 2000))!)).toEqual(shape(await networkFromQuery(h.db, "all", ["outcome"], 2000)));
  });
});

describe("a started service", () => {
  it("builds the degree order, the embed network map and the recommender without a request, at start and after a run", async () => {
    const inThisThread = recommenderBuilds(h.db);
    await runAnalysis(h.db, { seed: 3 });
    await h.app.embedMaps.idle();
    // A change since the run: the maps of this version are not built yet (a run builds its own).
    await dataChanged(h.db, "entity");
    const recommendations = h.app.services.recommendations;
    const recommenders = await recommendations.builds();
    const computed = h.app.services.responses.computed;
    h.app.warmup.start();
    await h.app.warmup.idle();
    expect(builtDegreeOrder(h.db, await token())).toBeDefined();
    expect(builtViewIndex(h.db, await token()), "the graph view index was built").toBeDefined();
    expect(await recommendations.builds()).toBe(recommenders + 1);
    expect(h.app.services.responses.computed, "the embed maps were built").toBeGreaterThan(computed);
    // The first requests find them built: no map computed, no recommender built.
    const built = h.app.services.responses.computed;
    expect((await h.call("public", "GET", "/api/v1/maps/network")).status).toBe(200);
    expect(h.app.services.responses.computed).toBe(built);
    const [project] = await h.test.rows<{ id: string }>("MATCH (p:Project) WHERE p.status <> 'planned' RETURN p.id AS id ORDER BY p.id LIMIT 1");
    await recommendations.partnersForProject(project!.id, { limit: 5 });
    expect(await recommendations.builds()).toBe(recommenders + 1);

    // A run completes: everything is built again before anyone asks.
    const orders = degreeOrderBuilds(h.db);
    await runAnalysis(h.db, { seed: 4 });
    await h.app.warmup.idle();
    expect(await recommendations.builds()).toBe(recommenders + 2);
    expect(degreeOrderBuilds(h.db)).toBe(orders + 1);
    expect(builtDegreeOrder(h.db, await token())).toBeDefined();
    expect(builtViewIndex(h.db, await token()), "the graph view index was built again").toBeDefined();
    await recommendations.partnersForProject(project!.id, { limit: 5 });
    expect(await recommendations.builds()).toBe(recommenders + 2);
    expect(recommenderBuilds(h.db), "the service's own thread built none").toBe(inThisThread);
  });

  it("answers recommendations from the recommender's worker thread, as this thread would, and never builds one here", async () => {
    const inThisThread = recommenderBuilds(h.db);
    const [project] = await h.test.rows<{ id: string }>("MATCH (p:Project) WHERE p.status <> 'planned' RETURN p.id AS id ORDER BY p.id LIMIT 1");
    const served = await h.call("analyst", "GET", `/api/v1/projects/${project!.id}/recommendations/partners?limit=5`);
    expect(served.status, served.text).toBe(200);
    expect(recommenderBuilds(h.db), "no recommender built in the service's thread").toBe(inThisThread);
    const here = await inProcessRecommendations(h.db).partnersForProject(project!.id, { limit: 5 });
    expect(served.json).toEqual(JSON.parse(JSON.stringify(here)));
    // A write made by the service is seen by the worker at once: the new network is found, not a 404.
    await h.test.rows("CREATE (:Project {id: 'zz-fresh', name: 'Fresh network', description: 'talent', status: 'active', start: '2026-01-01'})");
    await dataChanged(h.db, "entity");
    expect((await h.call("analyst", "GET", "/api/v1/projects/zz-fresh/recommendations/partners?limit=3")).status).toBe(200);
    // An unknown network is a 404 problem, as in this thread.
    const missing = await h.call("analyst", "GET", "/api/v1/projects/zz-nowhere/recommendations/partners");
    expect(missing.status).toBe(404);
    expect(missing.json.type).toMatch(/not-found/);
  });
});
