// The entity resources over HTTP against the real Neo4j: list with filters and pages, read with
// neighbours, create, update, delete, and their bad inputs.
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

describe("projects", () => {
  it("lists with filters, sort and pages, and counts all matches", async () => {
    const all = await h.call("analyst", "GET", "/api/v1/projects?sort=start&order=desc");
    expect(all.status).toBe(200);
    expect(all.json.total).toBe(3);
    expect(all.json.items.map((p: { id: string }) => p.id)).toEqual(["p3", "p2", "p1"]);
    const page = await h.call("analyst", "GET", "/api/v1/projects?sort=name&limit=1&offset=1");
    expect(page.json).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.json.items.map((p: { id: string }) => p.id)).toEqual(["p2"]); // Learning < Open < Secret
    const byTheme = await h.call("analyst", "GET", "/api/v1/projects?theme=talent");
    expect(byTheme.json.items.map((p: { id: string }) => p.id).sort()).toEqual(["p1", "p3"]);
    const byPartner = await h.call("analyst", "GET", "/api/v1/projects?partner=ngo1");
    expect(byPartner.json.items.map((p: { id: string }) => p.id)).toEqual(["p2"]);
    const byText = await h.call("analyst", "GET", "/api/v1/projects?q=REPORTING&status=completed");
    expect(byText.json.items.map((p: { id: string }) => p.id)).toEqual(["p2"]);
  });

  it("rejects bad filters naming the query field", async () => {
    for (const [qs, field] of [["limit=0", "limit"], ["sort=password", "sort"], ["status=secret", "status"], ["theme=a%20b", "theme"], ["order=up", "order"]]) {
      const r = await h.call("public", "GET", `/api/v1/projects?${qs}`);
      expect(r.status, qs).toBe(400);
      expect(r.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(r.json.errors[0]).toMatchObject({ field, in: "query" });
    }
  });

  it("reads one project with its neighbours", async () => {
    const r = await h.call("analyst", "GET", "/api/v1/projects/p1");
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ id: "p1", name: "Learning at work", status: "active" });
    expect(r.json.themes).toEqual([{ id: "talent", nameNl: "Talentontwikkeling", nameEn: "Talent development", weight: 1 }]);
    expect(r.json.partners).toEqual([{ id: "acme", name: "Acme nv", kind: "company", role: "promoter" }]);
    expect(r.json.outcomes).toEqual([{ id: "o1", title: "Talent toolkit", kind: "tool" }]);
    expect(r.json.collaborations).toEqual([{ id: "p2", name: "Open books", status: "completed", since: "2024-01-01", source: "test" }]);
  });

  it("answers 404 as a problem for an unknown id", async () => {
    const r = await h.call("public", "GET", "/api/v1/projects/nope");
    expect(r.status).toBe(404);
    expect(r.json).toMatchObject({ status: 404, type: "/api/docs#problem-not-found", detail: 'project "nope" not found' });
    expect(r.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it("creates, updates (merging, validating the whole) and deletes", async () => {
    const created = await h.call("coordinator", "POST", "/api/v1/projects", { id: "p4", name: " New network ", start: "2024-05-01", region: "Leuven" });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ id: "p4", name: "New network", start: "2024-05-01", status: "active", region: "Leuven" });
    expect(await h.test.rows("MATCH (p:Project {id: 'p4'}) RETURN p.name AS name, p.status AS status")).toEqual([{ name: "New network", status: "active" }]);

    const dup = await h.call("coordinator", "POST", "/api/v1/projects", { id: "p4", name: "Again", start: "2024-05-01" });
    expect(dup.status).toBe(409);

    const patched = await h.call("coordinator", "PATCH", "/api/v1/projects/p4", { status: "completed", region: null });
    expect(patched.status).toBe(200);
    expect(patched.json).toEqual({ id: "p4", name: "New network", start: "2024-05-01", status: "completed" });

    const badEnd = await h.call("coordinator", "PATCH", "/api/v1/projects/p4", { end: "2020-01-01" });
    expect(badEnd.status).toBe(400);
    expect(badEnd.json.errors[0]).toMatchObject({ field: "end", message: "expected an end date on or after the start date" });
    const idChange = await h.call("coordinator", "PATCH", "/api/v1/projects/p4", { id: "p5" });
    expect(idChange.status).toBe(400);
    expect(idChange.json.errors[0]).toMatchObject({ field: "id" });

    const deleted = await h.call("coordinator", "DELETE", "/api/v1/projects/p1");
    expect(deleted.status).toBe(204);
    expect(await h.test.count("Project")).toBe(3);
    expect(await h.test.count("Outcome")).toBe(0); // p1's outcome went with it
    expect((await h.call("coordinator", "DELETE", "/api/v1/projects/p1")).status).toBe(404);
  });

  it("rejects bad bodies naming each field", async () => {
    const r = await h.call("coordinator", "POST", "/api/v1/projects", { id: "bad id", name: "", start: "2024-13-01", colour: "red" });
    expect(r.status).toBe(400);
    const fields = r.json.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(["(root)", "id", "name", "start"]);
    expect(r.json.errors.find((e: { field: string }) => e.field === "(root)").message).toMatch(/unknown field\(s\): colour/);
    expect(r.json.errors.find((e: { field: string }) => e.field === "start")).toMatchObject({ value: "2024-13-01", message: "expected a date as YYYY-MM-DD, YYYY-MM or YYYY" });
    expect(await h.test.count("Project")).toBe(3);
  });
});

describe("themes, partners, outcomes", () => {
  it("theme: list, read with projects and outcomes, create, patch, delete", async () => {
    const list = await h.call("public", "GET", "/api/v1/themes?q=trans");
    expect(list.json.items).toEqual([{ id: "transparency", nameNl: "Transparantie", nameEn: "Transparency" }]);
    const one = await h.call("analyst", "GET", "/api/v1/themes/talent");
    expect(one.json.projects.map((p: { id: string }) => p.id)).toEqual(["p1", "p3"]);
    expect(one.json.outcomes.map((o: { id: string }) => o.id)).toEqual(["o1"]);
    expect((await h.call("coordinator", "POST", "/api/v1/themes", { id: "north-south", nameNl: "Noord-Zuid", nameEn: "North–South" })).status).toBe(201);
    const p = await h.call("coordinator", "PATCH", "/api/v1/themes/north-south", { description: "the call's north–south strand" });
    expect(p.json).toEqual({ id: "north-south", nameNl: "Noord-Zuid", nameEn: "North–South", description: "the call's north–south strand" });
    expect((await h.call("coordinator", "DELETE", "/api/v1/themes/talent")).status).toBe(204);
    expect(await h.test.rows("MATCH ()-[r:ADDRESSES]->() RETURN count(r) AS n")).toEqual([{ n: 1 }]);
  });

  it("partner: filters, role-aware fields, normalised name key, same organisation refused", async () => {
    const list = await h.call("analyst", "GET", "/api/v1/partners?kind=company");
    expect(list.json.items).toEqual([{ id: "acme", name: "Acme nv", kind: "company", activeIn: "north", enterpriseNumber: "BE0123456749" }]);
    const one = await h.call("analyst", "GET", "/api/v1/partners/acme");
    expect(one.json.projects.map((p: { id: string; role: string }) => [p.id, p.role])).toEqual([["p1", "promoter"], ["p3", "partner"]]);

    const created = await h.call("coordinator", "POST", "/api/v1/partners", { id: "kring", name: "vzw De Kringwinkel", kind: "social-economy", enterpriseNumber: "0456.789.133" });
    expect(created.status).toBe(201);
    expect(created.json.enterpriseNumber).toBe("BE0456789133");
    expect(await h.test.rows("MATCH (p:Partner {id: 'kring'}) RETURN p.nameKey AS k")).toEqual([{ k: "de kringwinkel" }]);
    const same = await h.call("coordinator", "POST", "/api/v1/partners", { id: "kring2", name: "DE KRINGWINKEL V.Z.W.", kind: "social-economy" });
    expect(same.status).toBe(409);
    expect(same.json.detail).toMatch(/already stored as "kring"/);
    expect(await h.test.count("Partner")).toBe(3);
    const renamed = await h.call("coordinator", "PATCH", "/api/v1/partners/kring", { name: "Kringwinkel Antwerpen" });
    expect(renamed.status).toBe(200);
    expect(await h.test.rows("MATCH (p:Partner {id: 'kring'}) RETURN p.nameKey AS k")).toEqual([{ k: "kringwinkel antwerpen" }]);
    const badKind = await h.call("coordinator", "POST", "/api/v1/partners", { id: "x", name: "X", kind: "alien" });
    expect(badKind.json.errors[0]).toMatchObject({ field: "kind", value: "alien" });
  });

  it("outcome: create under an existing project with existing themes, patch its links, delete", async () => {
    const missing = await h.call("coordinator", "POST", "/api/v1/outcomes", { id: "o2", project: "nope", title: "Guide", themes: ["talent"] });
    expect(missing.status).toBe(400);
    expect(missing.json.errors[0]).toMatchObject({ field: "project", value: "nope" });
    const badTheme = await h.call("coordinator", "POST", "/api/v1/outcomes", { id: "o2", project: "p2", title: "Guide", themes: ["talent", "ghost"] });
    expect(badTheme.status).toBe(400);
    expect(badTheme.json.errors[0]).toMatchObject({ field: "themes", value: ["ghost"] });
    expect(await h.test.count("Outcome")).toBe(1);

    const created = await h.call("coordinator", "POST", "/api/v1/outcomes", { id: "o2", project: "p2", title: "Guide", kind: "report", themes: "talent;transparency" });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ id: "o2", project: "p2", title: "Guide", kind: "report", themes: ["talent", "transparency"] });
    const moved = await h.call("coordinator", "PATCH", "/api/v1/outcomes/o2", { project: "p1", themes: ["transparency"] });
    expect(moved.json).toMatchObject({ project: "p1", themes: ["transparency"] });
    expect(await h.test.rows("MATCH (p:Project)-[:PRODUCED]->(:Outcome {id: 'o2'}) RETURN p.id AS p")).toEqual([{ p: "p1" }]);
    const list = await h.call("analyst", "GET", "/api/v1/outcomes?project=p1&sort=id");
    expect(list.json.items.map((o: { id: string }) => o.id)).toEqual(["o1", "o2"]);
    const byTheme = await h.call("analyst", "GET", "/api/v1/outcomes?theme=transparency");
    expect(byTheme.json.items.map((o: { id: string }) => o.id)).toEqual(["o2"]);
    expect((await h.call("coordinator", "DELETE", "/api/v1/outcomes/o2")).status).toBe(204);
    expect(await h.test.count("Outcome")).toBe(1);
  });
});

describe("graph views", () => {
  it("a project's neighbourhood in graphology's serialisation", async () => {
    const r = await h.call("analyst", "GET", "/api/v1/graph/projects/p1");
    expect(r.status).toBe(200);
    expect(r.json.options).toEqual({ type: "directed", multi: false, allowSelfLoops: false });
    expect(r.json.nodes.map((n: { key: string }) => n.key).sort()).toEqual(["outcome:o1", "partner:acme", "project:p1", "project:p2", "theme:talent"]);
    const edges = r.json.edges.map((e: { source: string; target: string; attributes: { type: string } }) => `${e.source}-${e.attributes.type}->${e.target}`).sort();
    expect(edges).toEqual([
      "outcome:o1-ABOUT->theme:talent",
      "partner:acme-PARTICIPATES_IN->project:p1",
      "project:p1-ADDRESSES->theme:talent",
      "project:p1-COLLABORATES_WITH->project:p2",
      "project:p1-PRODUCED->outcome:o1",
    ]);
    const partner = r.json.nodes.find((n: { key: string }) => n.key === "partner:acme");
    expect(partner.attributes).toEqual({ type: "partner", id: "acme", name: "Acme nv", kind: "company", activeIn: "north" });
  });

  it("a theme and the whole network; 404 for unknown ids", async () => {
    const theme = await h.call("analyst", "GET", "/api/v1/graph/themes/talent");
    expect(theme.json.nodes.map((n: { key: string }) => n.key).sort()).toEqual(["outcome:o1", "project:p1", "project:p3", "theme:talent"]);
    const all = await h.call("analyst", "GET", "/api/v1/graph/network?kinds=project,theme,partner,outcome");
    expect(all.json.nodes).toHaveLength(3 + 2 + 2 + 1);
    expect(all.json.edges).toHaveLength(3 + 3 + 1 + 1 + 1);
    expect(all.json.attributes).toMatchObject({ view: "network", totalNodes: 8, shownNodes: 8, shownEdges: 9, truncated: false });
    expect((await h.call("public", "GET", "/api/v1/graph/projects/zzz")).status).toBe(404);
    expect((await h.call("public", "GET", "/api/v1/graph/themes/zzz")).status).toBe(404);
  });
});
