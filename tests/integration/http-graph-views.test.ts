// Bounded graph views over HTTP against the real Neo4j: the whole network's default kinds, the
// limit and its truncation flag, the relevance order that decides what is cut, a project's depth-2
// neighbourhood, kind filters, the public role's view, and bad query parameters.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedNetwork, startHarness, type Harness } from "./http-harness.ts";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });
beforeEach(async () => {
  await h.test.clear();
  await seedNetwork(h.test);
  await h.newTokens();
});

const keys = (r: { json: { nodes: { key: string }[] } }) => r.json.nodes.map((n) => n.key);
const edges = (r: { json: { edges: { source: string; target: string; attributes: { type: string } }[] } }) =>
  r.json.edges.map((e) => `${e.source}-${e.attributes.type}->${e.target}`).sort();

// Degrees in the seeded network: p1 4, p2 3, talent 3, p3 2, acme 2, o1 2, transparency 1, ngo1 1.
describe("whole network", () => {
  it("shows projects and themes by default, with totals and no truncation", async () => {
    const r = await h.call("analyst", "GET", "/api/v1/graph/network");
    expect(r.status).toBe(200);
    expect(keys(r).sort()).toEqual(["project:p1", "project:p2", "project:p3", "theme:talent", "theme:transparency"]);
    expect(edges(r)).toEqual([
      "project:p1-ADDRESSES->theme:talent",
      "project:p1-COLLABORATES_WITH->project:p2",
      "project:p2-ADDRESSES->theme:transparency",
      "project:p3-ADDRESSES->theme:talent",
    ]);
    expect(r.json.attributes).toEqual({
      view: "network", kinds: ["project", "theme"], limit: 500,
      totalNodes: 5, totals: { project: 3, theme: 2 }, shownNodes: 5, shownEdges: 4, truncated: false,
    });
  });

  it("keeps the best connected nodes within the limit and says it was truncated", async () => {
    const r = await h.call("analyst", "GET", "/api/v1/graph/network?limit=2");
    // p1 (degree 4) first; p2 and talent tie at 3 and the type breaks the tie (Project < Theme).
    expect(keys(r)).toEqual(["project:p1", "project:p2"]);
    expect(edges(r)).toEqual(["project:p1-COLLABORATES_WITH->project:p2"]);
    expect(r.json.attributes).toMatchObject({ limit: 2, totalNodes: 5, shownNodes: 2, shownEdges: 1, truncated: true });
    const again = await h.call("analyst", "GET", "/api/v1/graph/network?limit=2");
    expect(again.json).toEqual(r.json);
    expect(r.json.edges[0].key).toBe("project:p1->project:p2");
  });

  it("adds partners only when asked, and hides planned projects from the public", async () => {
    const withPartners = await h.call("analyst", "GET", "/api/v1/graph/network?kinds=partner,project");
    expect(keys(withPartners).sort()).toEqual(["partner:acme", "partner:ngo1", "project:p1", "project:p2", "project:p3"]);
    expect(withPartners.json.attributes.totals).toEqual({ partner: 2, project: 3 });
    const pub = await h.call("public", "GET", "/api/v1/graph/network?kinds=partner,project");
    expect(keys(pub).sort()).toEqual(["partner:acme", "partner:ngo1", "project:p1", "project:p2"]);
    expect(pub.json.attributes).toMatchObject({ totalNodes: 4, totals: { partner: 2, project: 2 }, truncated: false });
    expect(edges(pub)).toEqual(["partner:acme-PARTICIPATES_IN->project:p1", "partner:ngo1-PARTICIPATES_IN->project:p2", "project:p1-COLLABORATES_WITH->project:p2"]);
  });
});

describe("project neighbourhood", () => {
  it("depth 1 is the project and its direct neighbours", async () => {
    const r = await h.call("analyst", "GET", "/api/v1/graph/projects/p2");
    expect(keys(r)).toEqual(["project:p2", "project:p1", "partner:ngo1", "theme:transparency"]);
    expect(r.json.attributes).toMatchObject({ view: "project", depth: 1, limit: 200, totalNodes: 4, totals: { project: 2, partner: 1, theme: 1, outcome: 0 }, truncated: false });
  });

  it("depth 2 ranks nearer, then more linked, then higher degree, and cuts at the limit", async () => {
    const all = await h.call("analyst", "GET", "/api/v1/graph/projects/p2?depth=2");
    expect(keys(all)).toEqual([
      "project:p2",
      "project:p1", "partner:ngo1", "theme:transparency", // one step
      "theme:talent", "outcome:o1", "partner:acme", // two steps, through p1
    ]);
    expect(all.json.attributes).toMatchObject({ depth: 2, totalNodes: 7, shownNodes: 7, truncated: false });
    const cut = await h.call("analyst", "GET", "/api/v1/graph/projects/p2?depth=2&limit=5");
    expect(keys(cut)).toEqual(["project:p2", "project:p1", "partner:ngo1", "theme:transparency", "theme:talent"]);
    expect(edges(cut)).toEqual([
      "partner:ngo1-PARTICIPATES_IN->project:p2",
      "project:p1-ADDRESSES->theme:talent",
      "project:p1-COLLABORATES_WITH->project:p2",
      "project:p2-ADDRESSES->theme:transparency",
    ]);
    expect(cut.json.attributes).toMatchObject({ limit: 5, totalNodes: 7, shownNodes: 5, shownEdges: 4, truncated: true });
  });

  it("filters kinds and never walks through a planned project for the public", async () => {
    const projects = await h.call("analyst", "GET", "/api/v1/graph/projects/p1?depth=2&kinds=project");
    // p3 is two steps away through talent and through acme.
    expect(keys(projects)).toEqual(["project:p1", "project:p2", "project:p3"]);
    expect(edges(projects)).toEqual(["project:p1-COLLABORATES_WITH->project:p2"]);
    expect(projects.json.attributes.totals).toEqual({ project: 3 });
    const pub = await h.call("public", "GET", "/api/v1/graph/projects/p1?depth=2");
    expect(keys(pub)).not.toContain("project:p3");
    expect(keys(pub).sort()).toEqual(["outcome:o1", "partner:acme", "partner:ngo1", "project:p1", "project:p2", "theme:talent", "theme:transparency"]);
    expect((await h.call("public", "GET", "/api/v1/graph/projects/p3")).status).toBe(404);
    const partnersOnly = await h.call("analyst", "GET", "/api/v1/graph/projects/p1?kinds=partner");
    expect(keys(partnersOnly)).toEqual(["project:p1", "partner:acme"]);
    expect(partnersOnly.json.attributes).toMatchObject({ totalNodes: 2, totals: { partner: 1 }, truncated: false });
  });
});

describe("theme view", () => {
  it("ranks by link weight then degree, filters kinds, and flags truncation", async () => {
    const all = await h.call("analyst", "GET", "/api/v1/graph/themes/talent");
    expect(keys(all)).toEqual(["theme:talent", "project:p1", "outcome:o1", "project:p3"]);
    expect(all.json.attributes).toMatchObject({ view: "theme", kinds: ["project", "outcome"], totalNodes: 4, totals: { project: 2, outcome: 1 }, truncated: false });
    const cut = await h.call("analyst", "GET", "/api/v1/graph/themes/talent?limit=2");
    expect(keys(cut)).toEqual(["theme:talent", "project:p1"]);
    expect(cut.json.attributes).toMatchObject({ limit: 2, totalNodes: 4, shownNodes: 2, shownEdges: 1, truncated: true });
    await h.test.rows("MATCH (p:Project {id: 'p3'}), (t:Theme {id: 'talent'}) MATCH (p)-[r:ADDRESSES]->(t) SET r.weight = 0.2");
    await h.test.rows("MATCH (p:Project {id: 'p2'}), (t:Theme {id: 'talent'}) CREATE (p)-[:ADDRESSES {weight: 0.9}]->(t)");
    const weighted = await h.call("analyst", "GET", "/api/v1/graph/themes/talent?kinds=project");
    expect(keys(weighted)).toEqual(["theme:talent", "project:p1", "project:p2", "project:p3"]);
    const pub = await h.call("public", "GET", "/api/v1/graph/themes/talent?kinds=outcome");
    expect(keys(pub)).toEqual(["theme:talent", "outcome:o1"]);
    expect(edges(pub)).toEqual(["outcome:o1-ABOUT->theme:talent"]);
  });
});

describe("limits are validated", () => {
  it("refuses out-of-range limits, depths and unknown kinds, naming the query field", async () => {
    for (const [path, field] of [
      ["/api/v1/graph/network?limit=0", "limit"],
      ["/api/v1/graph/network?limit=2001", "limit"],
      ["/api/v1/graph/network?limit=ten", "limit"],
      ["/api/v1/graph/network?kinds=project,secret", "kinds"],
      ["/api/v1/graph/themes/talent?kinds=partner", "kinds"],
      ["/api/v1/graph/projects/p1?depth=3", "depth"],
      ["/api/v1/graph/projects/p1?limit=1001", "limit"],
    ] as const) {
      const r = await h.call("public", "GET", path);
      expect(r.status, path).toBe(400);
      expect(r.json.errors[0], path).toMatchObject({ in: "query" });
      expect(r.json.errors[0].field, path).toMatch(new RegExp(`^${field}(\\.\\d+)?$`));
    }
  });

  it("documents the parameters in the OpenAPI document", async () => {
    const doc = (await (await fetch(`${h.url}/api/openapi.json`)).json()) as { paths: Record<string, { get: { parameters: { name: string; in: string }[] } }> };
    const names = (path: string) => doc.paths[path]!.get.parameters.filter((p) => p.in === "query").map((p) => p.name).sort();
    expect(names("/api/v1/graph/network")).toEqual(["kinds", "limit"]);
    expect(names("/api/v1/graph/themes/{id}")).toEqual(["kinds", "limit"]);
    expect(names("/api/v1/graph/projects/{id}")).toEqual(["depth", "kinds", "limit"]);
  });
});
