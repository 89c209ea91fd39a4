// Recommendations on demand over HTTP on the fixture network: partners and networks for a new
// network (themes, description, lead) and for one in the graph, each item with a score and reasons
// in both languages; nothing written (no analysis run appears); bodies checked field by field;
// analysts only (the public role gets nothing); the second answer comes from memory.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPath } from "../../src/services/import-service.ts";
import { startHarness, type Harness } from "./http-harness.ts";
import { CONTACT_MODEL_BEING_FITTED } from "../../src/schemas/recommendation.ts";

let h: Harness;
const newNetwork = {
  name: "Lerend netwerk inclusieve werkvloer",
  description: "Kmo's en sociale ondernemingen leren samen hoe ze talent van kansengroepen ontwikkelen op de werkvloer.",
  themes: ["talent-development", { id: "social-regular-economy", weight: 0.5 }],
  lead: "kmo-ondernemersbond",
  limit: 5,
};

beforeAll(async () => {
  h = await startHarness();
  await h.test.clear();
  await h.newTokens();
  await importPath(h.db, "fixtures/mvo");
});
afterAll(async () => { await h.close(); });

describe("recommendations over HTTP", () => {
  it("recommends partners for a new network, with scores and reasons in Dutch and English, writing nothing", async () => {
    const res = await h.call("analyst", "POST", "/api/v1/recommendations/partners", newNetwork);
    expect(res.status, res.text).toBe(200);
    expect(res.json.items).toHaveLength(5);
    const ids = res.json.items.map((i: { partnerId: string }) => i.partnerId);
    expect(ids).not.toContain("kmo-ondernemersbond");
    const scores = res.json.items.map((i: { score: number }) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const item of res.json.items) {
      expect(item.reasons.nl.length).toBeGreaterThan(0);
      expect(item.reasons.en).toHaveLength(item.reasons.nl.length);
    }
    // The lead's past co-partners come with that reason, the lead named, in each language.
    const withLead = res.json.items.find((i: { features: { leadCommon: number } }) => i.features.leadCommon > 0);
    expect(withLead.reasons.nl.join(" ")).toMatch(/met Kmo-Ondernemersbond Vlaanderen \(de trekker\)/);
    expect(withLead.reasons.en.join(" ")).toMatch(/with Kmo-Ondernemersbond Vlaanderen \(the lead\)/);
    const runs = await h.test.driver.executeQuery("MATCH (r:AnalysisRun) RETURN count(r) AS n", {}, { database: h.test.database });
    expect(runs.records[0]!.get("n").toNumber()).toBe(0);
  });

  it("answers again from memory in well under a second", async () => {
    const t0 = performance.now();
    const res = await h.call("analyst", "POST", "/api/v1/recommendations/networks", newNetwork);
    expect(res.status, res.text).toBe(200);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(res.json.items.length).toBeGreaterThan(0);
    const first = res.json.items[0];
    expect(first.projectId).toMatch(/^ln-/);
    expect(first.reasons.en.join(" ")).not.toMatch(/trekker|netwerk\b/);
    expect(["learned", "default"]).toContain(res.json.ranker.source);
  });

  it("recommends partners not yet in a network of the graph, and networks to learn from", async () => {
    const res = await h.call("analyst", "GET", "/api/v1/projects/ln-talent-kmo/recommendations/partners?limit=50");
    expect(res.status, res.text).toBe(200);
    const current = await h.test.driver.executeQuery("MATCH (r:Partner)-[:PARTICIPATES_IN]->(:Project {id: 'ln-talent-kmo'}) RETURN collect(r.id) AS ids", {}, { database: h.test.database });
    const ids = new Set(current.records[0]!.get("ids") as string[]);
    expect(res.json.items.length).toBeGreaterThan(0);
    for (const item of res.json.items) expect(ids.has(item.partnerId)).toBe(false);
    const networks = await h.call("analyst", "GET", "/api/v1/projects/ln-talent-kmo/recommendations/networks?limit=3");
    expect(networks.status).toBe(200);
    expect(networks.json.items.map((i: { projectId: string }) => i.projectId)).not.toContain("ln-talent-kmo");
    expect((await h.call("analyst", "GET", "/api/v1/projects/nope/recommendations/partners")).status).toBe(404);
  });

  it("checks the body field by field and the ids against the graph", async () => {
    const bad = await h.call("analyst", "POST", "/api/v1/recommendations/partners", { themes: "x y", limit: 0 });
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toContainEqual({ field: "limit", in: "body", message: "expected a whole number from 1 to 200", value: 0 });
    // An unknown theme is ignored with a warning; a theme name (any case, accents, nl or en) is matched.
    const unknown = await h.call("analyst", "POST", "/api/v1/recommendations/partners", { themes: ["no-such-theme", "SOCIAAL OVERLEG", "Talent development"], lead: "kmo-ondernemersbond" });
    expect(unknown.status, unknown.text).toBe(200);
    expect(unknown.json.warnings).toEqual(['themes: no theme "no-such-theme" (by id or name); ignored']);
    const byId = await h.call("analyst", "POST", "/api/v1/recommendations/partners", { themes: ["social-dialogue", "talent-development"], lead: "kmo-ondernemersbond" });
    expect(unknown.json.items).toEqual(byId.json.items);
    const empty = await h.call("analyst", "POST", "/api/v1/recommendations/partners", {});
    expect(empty.status).toBe(400);
    expect(empty.text).toMatch(/at least one of themes, description or lead/);
  });

  it("introduces an organisation to others it has not worked with, with common partners counted", async () => {
    const res = await h.call("analyst", "GET", "/api/v1/partners/kmo-ondernemersbond/recommendations/partners?limit=5");
    expect(res.status, res.text).toBe(200);
    expect(res.json.items.length).toBeGreaterThan(0);
    const q = (cypher: string, params: Record<string, unknown>) => h.test.driver.executeQuery(cypher, params, { database: h.test.database });
    const worked = await q("MATCH (:Partner {id: 'kmo-ondernemersbond'})-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(o:Partner) RETURN collect(DISTINCT o.id) AS ids", {});
    const already = new Set(worked.records[0]!.get("ids") as string[]);
    for (const item of res.json.items) {
      expect(already.has(item.partnerId)).toBe(false);
      expect(item.partnerId).not.toBe("kmo-ondernemersbond");
      expect(item.reasons.en).toHaveLength(item.reasons.nl.length);
      // Common partners: organisations that shared a network with both, counted in the graph.
      const common = await q(
        "MATCH (:Partner {id: 'kmo-ondernemersbond'})-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(s:Partner)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(:Partner {id: $c}) WHERE s.id <> $c RETURN collect(DISTINCT s.id) AS ids",
        { c: item.partnerId },
      );
      expect([...item.commonPartners].sort()).toEqual([...(common.records[0]!.get("ids") as string[])].sort());
      if (item.commonPartners.length) expect(item.reasons.nl[0]).toMatch(new RegExp(`^${item.commonPartners.length} gemeenschappelijke partners?: `));
    }
    // No contacts model stored yet: the hand score answers at once and says the model is being fitted.
    expect(res.json.model).toEqual({ source: "hand", variant: "hand", reason: CONTACT_MODEL_BEING_FITTED });
    // The fixture graph (14 networks) is too small to choose a model on its own history: the stored fit says so.
    let model = res.json.model;
    for (let i = 0; i < 600 && !model.fittedAt; i++) {
      await new Promise((r) => setTimeout(r, 100));
      model = (await h.call("analyst", "GET", "/api/v1/partners/kmo-ondernemersbond/recommendations/partners?limit=5")).json.model;
    }
    expect(model).toEqual({ source: "hand", variant: "hand", reason: expect.stringMatching(/^too little history to choose from \(\d+ dated networks, need 20\)$/), fittedAt: expect.any(String) });
    expect((await h.call("analyst", "GET", "/api/v1/partners/nobody/recommendations/partners")).status).toBe(404);
  });

  it("gives the public role nothing", async () => {
    const res = await h.call("public", "POST", "/api/v1/recommendations/partners", newNetwork);
    expect([401, 403]).toContain(res.status);
    expect(res.text).not.toMatch(/kmo-ondernemersbond|partnerId/);
  });
});
