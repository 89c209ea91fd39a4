// The public map data over HTTP against the real Neo4j: ETag and 304 until a run completes or a
// suggestion is decided, only public nodes and fields whoever asks, a planned network's map is not
// found, and the embed pages' framing and query validation with the default settings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAnalysis } from "../../src/services/analysis/index.ts";
import { seedNetwork, startHarness, type Harness } from "./http-harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.test.clear();
  await seedNetwork(h.test);
  await h.newTokens();
  await runAnalysis(h.db, { seed: 1 });
});
afterAll(async () => { await h.close(); });

describe("map data", () => {
  it("answers with an ETag and 304 until the decisions or the latest run change", async () => {
    const first = await h.call("public", "GET", "/api/v1/maps/network");
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const again = await h.call("public", "GET", "/api/v1/maps/network", undefined, { "if-none-match": etag });
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    const run = await runAnalysis(h.db, { seed: 1 });
    const after = await h.call("public", "GET", "/api/v1/maps/network", undefined, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.json.attributes.runId).toBe(run.id);
    expect(after.headers.get("etag")).not.toBe(etag);
    // Served from the cache while nothing changes: the same bytes again.
    const cached = await h.call("public", "GET", "/api/v1/maps/network");
    expect(cached.text).toBe(after.text);
  });

  it("shows only public networks and fields, to every role", async () => {
    for (const role of ["public", "admin"] as const) {
      const network = await h.call(role, "GET", "/api/v1/maps/network");
      expect(network.json.nodes.map((n: { key: string }) => n.key).sort()).toEqual(["project:p1", "project:p2"]);
      const project = await h.call(role, "GET", "/api/v1/maps/projects/p1");
      expect(project.json.nodes.map((n: { key: string }) => n.key).sort()).toEqual(["outcome:o1", "partner:acme", "project:p1", "project:p2", "theme:talent"]);
      expect(project.text).not.toContain("BE0123456789");
      expect(project.text).not.toContain("Secret plan");
      const theme = await h.call(role, "GET", "/api/v1/maps/themes/talent");
      expect(theme.json.nodes.map((n: { key: string }) => n.key).sort()).toEqual(["project:p1", "theme:talent"]);
      expect((await h.call(role, "GET", "/api/v1/maps/projects/p3")).status).toBe(404);
    }
    const project = (await h.call("public", "GET", "/api/v1/maps/projects/p1")).json;
    expect(project.attributes).toMatchObject({ view: "project", subject: "p1", titleEn: "Learning at work", nodeCount: 5 });
    expect(project.nodes.find((n: { key: string }) => n.key === "project:p1").attributes.centre).toBe(true);
    // Networks in their communities' colours (by stable label), then the other kinds in greys.
    const legend = project.attributes.legend.map((l: { group: string; count: number }) => [l.group, l.count]);
    expect(legend.slice(-3)).toEqual([["theme", 1], ["partner", 1], ["outcome", 1]]);
    expect(legend.slice(0, -3).every(([g]: [string]) => /^c\d+$/.test(g))).toBe(true);
    expect(legend.slice(0, -3).reduce((n: number, [, c]: [string, number]) => n + c, 0)).toBe(2);
    // The click panel's details: status, period, themes, partners, outcomes; a partner's public networks only.
    const p1 = project.nodes.find((n: { key: string }) => n.key === "project:p1").attributes;
    expect(p1).toMatchObject({ status: "active", start: "2023-01-01", themes: ["talent"], partners: 1, outcomes: [{ title: "Talent toolkit" }] });
    expect(project.nodes.find((n: { key: string }) => n.key === "partner:acme").attributes.networks).toEqual([{ key: "project:p1", label: "Learning at work" }]);
    expect(project.attributes).toMatchObject({ sizeBy: "partners", suggestions: false, themes: [{ id: "talent", nameNl: "Talentontwikkeling", nameEn: "Talent development" }, { id: "transparency", nameNl: "Transparantie", nameEn: "Transparency" }] });
    const collaboration = project.edges.find((e: { attributes: { kind: string } }) => e.attributes.kind === "collaboration");
    expect(collaboration.attributes.since).toBe("2024-01-01");
  });
});

describe("embed pages with the default settings", () => {
  it("may not be framed by anyone, and validate the language", async () => {
    const page = await fetch(`${h.url}/embed/network?lang=en`);
    if (page.status === 404) return; // the browser code is not built here; tests/browser builds it
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    const bad = await h.call("public", "GET", "/embed/network?lang=fr");
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({ field: "lang", in: "query" });
    const badId = await h.call("public", "GET", "/embed/project/bad%20id");
    expect(badId.status).toBe(400);
  });
});
