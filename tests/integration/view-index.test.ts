// The graph view index against the real Neo4j: the network, project (depth 1–2) and theme views
// taken from memory are the views Neo4j answers — same nodes, edges, order, fields and totals —
// for each visibility, kinds, limit and depth, on the fixtures and on generated data; the public
// never sees a planned network or its outcome, not even two steps away; a write makes a new index
// whose views follow it; staged nodes are never counted; and until the index of the current data
// version is built, the views answer from Neo4j.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NodeType } from "../../src/analysis/graph.ts";
import { NotFoundError } from "../../src/errors.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { currentDataVersion, dataChanged } from "../../src/services/data-version.ts";
import { networkView, projectNeighbourhoodView, themeView, type GraphView, type ViewSource } from "../../src/services/graph-views.ts";
import { importDataset, importPath } from "../../src/services/import-service.ts";
import { VIEW_FIELDS } from "../../src/services/view-fields.ts";
import { builtViewIndex, currentViewIndex, viewIndex, viewIndexBuilds } from "../../src/services/view-index.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;
const VISIBILITIES = ["all", "public"] as const;

let t: TestDb;
beforeAll(async () => {
  t = await testDb();
});
afterAll(async () => {
  await t.close();
});

const token = async () => (await currentDataVersion(t.db)).token;
const ready = async () => viewIndex(t.db, await token());

/** One view read both ways: the same answer, or the same error. */
async function same(what: string, view: (source: ViewSource) => Promise<GraphView>): Promise<GraphView | undefined> {
  const settle = (source: ViewSource) => view(source).then((v) => ({ v, e: undefined }), (e: unknown) => ({ v: undefined, e }));
  const fromNeo4j = await settle("neo4j");
  const fromIndex = await settle("index");
  if (fromNeo4j.e && !(fromNeo4j.e instanceof NotFoundError)) throw fromNeo4j.e;
  expect(fromIndex.e ? String(fromIndex.e) : undefined, what).toBe(fromNeo4j.e ? String(fromNeo4j.e) : undefined);
  expect(fromIndex.v, what).toEqual(fromNeo4j.v);
  return fromIndex.v;
}

const NETWORK_KINDS: NodeType[][] = [["project", "theme"], ["partner", "project"], ["project", "theme", "partner", "outcome"], ["outcome"]];
const PROJECT_KINDS: NodeType[][] = [["project", "theme", "partner", "outcome"], ["partner"], ["project", "outcome"], ["theme"]];
const THEME_KINDS: ("project" | "outcome")[][] = [["project", "outcome"], ["outcome"], ["project"]];

/** Every view of the cases on this graph, both ways; returns how many were compared. */
async function compareAll(projects: string[], themes: string[], limits: number[]): Promise<number> {
  await ready();
  let compared = 0;
  for (const visibility of VISIBILITIES) {
    for (const kinds of NETWORK_KINDS) {
      for (const limit of [1, 3, 50, 2000]) {
        await same(`network ${visibility} ${kinds.join(",")} ${limit}`, (s) => networkView(t.db, visibility, { kinds, limit }, s));
        compared++;
      }
    }
    for (const id of projects) {
      for (const depth of [1, 2]) {
        for (const kinds of PROJECT_KINDS) {
          for (const limit of limits) {
            await same(`project ${id} ${visibility} depth ${depth} ${kinds.join(",")} ${limit}`, (s) => projectNeighbourhoodView(t.db, id, visibility, { depth, kinds, limit }, s));
            compared++;
          }
        }
      }
    }
    for (const id of themes) {
      for (const kinds of THEME_KINDS) {
        for (const limit of limits) {
          await same(`theme ${id} ${visibility} ${kinds.join(",")} ${limit}`, (s) => themeView(t.db, id, visibility, { kinds, limit }, s));
          compared++;
        }
      }
    }
  }
  return compared;
}

/** What the public may not see: planned networks and the outcomes they produced. */
async function plannedKeys(): Promise<string[]> {
  const rows = await t.rows<{ key: string }>(`MATCH (p:Project {status: 'planned'}) RETURN 'project:' + p.id AS key
    UNION MATCH (:Project {status: 'planned'})-[:PRODUCED]->(o:Outcome) RETURN 'outcome:' + o.id AS key`);
  return rows.map((r) => r.key);
}

function expectNothingPrivate(view: GraphView, hidden: Set<string>, what: string): void {
  for (const n of view.nodes) {
    expect(hidden.has(n.key), `${what}: ${n.key}`).toBe(false);
    const { type, ...fields } = n.attributes as unknown as Record<string, unknown> & { type: NodeType };
    for (const f of Object.keys(fields)) expect(VIEW_FIELDS[type], `${what}: ${n.key}.${f}`).toContain(f);
  }
}

describe("on the fixtures", () => {
  beforeAll(async () => {
    await t.clear();
    await importPath(t.db, FIXTURES);
    // A planned network two steps from every network sharing a partner with it, and its outcome.
    await t.rows(`MATCH (pa:Partner)-[:PARTICIPATES_IN]->(:Project) WITH pa, count(*) AS n ORDER BY n DESC, pa.id LIMIT 1
      MATCH (t:Theme) WITH pa, t ORDER BY t.id LIMIT 1
      CREATE (p:Project {id: 'zz-planned', name: 'Not announced', status: 'planned', secretNote: 'internal'})
      CREATE (pa)-[:PARTICIPATES_IN {role: 'lead'}]->(p)
      CREATE (p)-[:ADDRESSES {weight: 5.0}]->(t)
      CREATE (p)-[:PRODUCED]->(o:Outcome {id: 'zz-planned-outcome', title: 'Draft', kind: 'tool'})
      CREATE (o)-[:ABOUT]->(t)`);
    await dataChanged(t.db, "entity");
  });

  it("answers every view from memory exactly as Neo4j does, for each visibility, kinds, limit and depth", async () => {
    const projects = (await t.rows<{ id: string }>("MATCH (p:Project) RETURN p.id AS id ORDER BY p.id")).map((r) => r.id);
    const themes = (await t.rows<{ id: string }>("MATCH (t:Theme) RETURN t.id AS id ORDER BY t.id")).map((r) => r.id);
    expect(projects).toContain("zz-planned");
    const compared = await compareAll([...projects, "no-such-project"], [...themes, "no-such-theme"], [1, 4, 1000]);
    expect(compared).toBeGreaterThan(300);
  });

  it("never shows the public a planned network or its outcome, nor a field views do not show, also two steps away", async () => {
    await ready();
    const hidden = new Set(await plannedKeys());
    expect([...hidden]).toEqual(expect.arrayContaining(["project:zz-planned", "outcome:zz-planned-outcome"]));
    const [partner] = await t.rows<{ project: string; theme: string }>(`MATCH (p:Project)<-[:PARTICIPATES_IN]-(:Partner)-[:PARTICIPATES_IN]->(:Project {id: 'zz-planned'})
      MATCH (:Project {id: 'zz-planned'})-[:ADDRESSES]->(t:Theme)
      WHERE p.status <> 'planned' RETURN p.id AS project, t.id AS theme ORDER BY p.id LIMIT 1`);
    const depth2 = (visibility: "all" | "public") => projectNeighbourhoodView(t.db, partner!.project, visibility, { depth: 2, limit: 1000 }, "index");
    expect((await depth2("all")).nodes.map((n) => n.key)).toContain("project:zz-planned");
    expectNothingPrivate(await depth2("public"), hidden, "depth 2");
    const theme = (visibility: "all" | "public") => themeView(t.db, partner!.theme, visibility, { limit: 1000 }, "index");
    expect((await theme("all")).nodes.map((n) => n.key)).toEqual(expect.arrayContaining(["project:zz-planned", "outcome:zz-planned-outcome"]));
    expectNothingPrivate(await theme("public"), hidden, "theme");
    expectNothingPrivate(await networkView(t.db, "public", { kinds: ["project", "theme", "partner", "outcome"], limit: 2000 }, "index"), hidden, "network");
    const all = await projectNeighbourhoodView(t.db, "zz-planned", "all", {}, "index");
    expect(all.nodes.find((n) => n.key === "project:zz-planned")!.attributes).not.toHaveProperty("secretNote");
    await expect(projectNeighbourhoodView(t.db, "zz-planned", "public", {}, "index")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("follows a write: a new index for the new version, whose views change with the data", async () => {
    const before = await ready();
    const builds = viewIndexBuilds(t.db);
    const view = () => themeView(t.db, "zz-everything", "all", { kinds: ["project"], limit: 1000 }, "index");
    await expect(view()).rejects.toBeInstanceOf(NotFoundError);
    await t.rows("CREATE (:Theme {id: 'zz-everything', nameNl: 'Alles', nameEn: 'Everything'})");
    await t.rows("MATCH (p:Project), (t:Theme {id: 'zz-everything'}) CREATE (p)-[:ADDRESSES {weight: 2.0}]->(t)");
    await dataChanged(t.db, "entity");
    const after = await token();
    expect(after).not.toBe(before.token);
    expect(builtViewIndex(t.db, after), "an index is never used for another version").toBeUndefined();
    await viewIndex(t.db, after);
    expect(viewIndexBuilds(t.db)).toBe(builds + 1);
    const projects = await t.count("Project");
    expect((await view()).nodes).toHaveLength(projects + 1);
    await same("the new theme", (s) => themeView(t.db, "zz-everything", "all", { kinds: ["project"], limit: 1000 }, s));
    await same("the network's themes", (s) => networkView(t.db, "all", { kinds: ["theme"], limit: 3 }, s));
  });

  it("answers from Neo4j while the index of the current version is being built, and after a write it was not told of", async () => {
    const version = await token();
    await viewIndex(t.db, version);
    expect(await currentViewIndex(t.db)).toBeDefined();
    // A write outside Diagonal's writers: same data version, but the count store sees it.
    await t.rows("MATCH (p:Project {id: 'zz-planned'}) CREATE (p)-[:PRODUCED]->(:Outcome {id: 'zz-unannounced', title: 'Unannounced', kind: 'tool'})");
    expect(await token()).toBe(version);
    const builds = viewIndexBuilds(t.db);
    expect(await currentViewIndex(t.db), "the count store says the graph changed").toBeUndefined();
    expect(viewIndexBuilds(t.db), "the index of the current graph is being read").toBe(builds + 1);
    await expect(networkView(t.db, "all", {}, "index")).rejects.toThrow(/not built/);
    // Meanwhile the views answer from Neo4j, with the new outcome.
    const live = await projectNeighbourhoodView(t.db, "zz-planned", "all", { limit: 1000 });
    expect(live.nodes.map((n) => n.key)).toContain("outcome:zz-unannounced");
    await viewIndex(t.db, version);
    await same("after the rebuild", (s) => projectNeighbourhoodView(t.db, "zz-planned", "all", { limit: 1000 }, s));
    expect((await projectNeighbourhoodView(t.db, "zz-planned", "all", { limit: 1000 }, "index")).nodes.map((n) => n.key)).toContain("outcome:zz-unannounced");
  });

  it("never counts staged nodes: an unfinished staged import's nodes and relationships stay out of every view", async () => {
    await t.rows(`CREATE (:ImportJob {id: 'import-staging', status: 'staging', startedAt: datetime(), heartbeatAt: datetime()})
      WITH 1 AS one
      MATCH (pa:Partner) WITH pa ORDER BY pa.id LIMIT 3
      MATCH (t:Theme) WITH pa, t ORDER BY t.id LIMIT 2
      CREATE (s:StagedProject {id: 'staged-' + pa.id + '-' + t.id, name: 'staged'})
      CREATE (pa)-[:PARTICIPATES_IN]->(s)
      CREATE (s)-[:ADDRESSES {weight: 9.0}]->(t)`);
    // The staged relationships change the count store: the index of before is not used, a new one is read.
    expect(await currentViewIndex(t.db)).toBeUndefined();
    const index = await viewIndex(t.db, await token());
    expect(index.order.ids.some((id) => id.startsWith("staged-"))).toBe(false);
    expect(await currentViewIndex(t.db)).toBe(index);
    const projects = (await t.rows<{ id: string }>("MATCH (p:Project) RETURN p.id AS id ORDER BY p.id LIMIT 4")).map((r) => r.id);
    const themes = (await t.rows<{ id: string }>("MATCH (t:Theme) RETURN t.id AS id ORDER BY t.id LIMIT 3")).map((r) => r.id);
    await compareAll(projects, themes, [3, 1000]);
    const network = await networkView(t.db, "all", { kinds: ["project", "theme", "partner"], limit: 2000 }, "index");
    expect(network.nodes.some((n) => n.key.includes("staged-"))).toBe(false);
    await t.rows("MATCH (n:StagedProject) DETACH DELETE n");
    await t.rows("MATCH (j:ImportJob {id: 'import-staging'}) DELETE j");
  });
});

describe("on generated data", () => {
  beforeAll(async () => {
    await t.clear();
    const { dataset } = generateDataset({ projects: 120, seed: 21 });
    await importDataset(t.db, dataset);
    // Some networks planned, so that the public views leave them (and their outcomes) out.
    await t.rows("MATCH (p:Project) WITH p ORDER BY p.id SKIP 3 LIMIT 10 SET p.status = 'planned'");
    await dataChanged(t.db, "entity");
  });

  it("answers every view from memory exactly as Neo4j does", async () => {
    const busiest = await t.rows<{ id: string }>("MATCH (p:Project) RETURN p.id AS id ORDER BY COUNT { (p)--() } DESC, p.id LIMIT 4");
    const planned = await t.rows<{ id: string }>("MATCH (p:Project {status: 'planned'}) RETURN p.id AS id ORDER BY p.id LIMIT 2");
    const others = await t.rows<{ id: string }>("MATCH (p:Project) RETURN p.id AS id ORDER BY p.id DESC LIMIT 3");
    const themes = await t.rows<{ id: string }>("MATCH (t:Theme) RETURN t.id AS id ORDER BY COUNT { (t)--() } DESC, t.id LIMIT 5");
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    const compared = await compareAll([...new Set([...ids(busiest), ...ids(planned), ...ids(others)])], ids(themes), [2, 25, 1000]);
    expect(compared).toBeGreaterThan(300);
    const hidden = new Set(await plannedKeys());
    expect(hidden.size).toBeGreaterThan(10);
    for (const id of ids(busiest)) expectNothingPrivate(await projectNeighbourhoodView(t.db, id, "public", { depth: 2, limit: 1000 }, "index"), hidden, id);
  });
});
