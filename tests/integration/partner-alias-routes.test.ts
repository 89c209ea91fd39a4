// An id merged away into another partner stands for that partner on every /partners/{id} route:
// reading, changing and deleting it, and asking for its contacts act on the kept partner, and
// Content-Location names it. An alias of a partner deleted since stands for nothing (404).
import { beforeAll, describe, expect, it } from "vitest";
import { mergePartner } from "../../src/services/partner-merges.ts";
import { useFixtureHarness, type Harness } from "./http-harness.ts";

const KEPT = "hogeschool-leiestad";
const ALIAS = "hs-leiestadt";

describe("partner routes on an id merged away", () => {
  const harness = useFixtureHarness(["fixtures/mvo", "fixtures/duplicates/import"], async (h) => {
    await mergePartner(h.db, KEPT, ALIAS, { by: "test" });
  });
  let h: Harness;
  beforeAll(() => { h = harness(); });

  const partner = (id: string) => h.test.rows<{ sector: string | null; size: string | null }>("MATCH (p:Partner {id: $id}) RETURN p.sector AS sector, p.size AS size", { id });

  it("reads the kept partner and names it in Content-Location", async () => {
    const read = await h.call("public", "GET", `/api/v1/partners/${ALIAS}`);
    expect(read.status).toBe(200);
    expect(read.json.id).toBe(KEPT);
    expect(read.headers.get("content-location")).toBe(`/api/v1/partners/${KEPT}`);
    expect((await h.call("public", "GET", `/api/v1/partners/${KEPT}`)).headers.get("content-location")).toBeNull();
  });

  it("changes the kept partner through the alias, and creates no partner under the alias", async () => {
    const res = await h.call("coordinator", "PATCH", `/api/v1/partners/${ALIAS}`, { sector: "hoger onderwijs en onderzoek" });
    expect(res.status, res.text).toBe(200);
    expect(res.json.id).toBe(KEPT);
    expect(res.json.sector).toBe("hoger onderwijs en onderzoek");
    expect(res.headers.get("content-location")).toBe(`/api/v1/partners/${KEPT}`);
    expect((await partner(KEPT))[0]!.sector).toBe("hoger onderwijs en onderzoek");
    expect(await partner(ALIAS)).toEqual([]);
    expect(await h.test.rows("MATCH (a:MergedPartner {id: $id}) RETURN a.mergedInto AS into", { id: ALIAS })).toEqual([{ into: KEPT }]);
    // A body that repeats the path's id (as a client holding the old record sends it) is the same partner.
    const echoed = await h.call("coordinator", "PATCH", `/api/v1/partners/${ALIAS}`, { id: ALIAS, size: "medium" });
    expect(echoed.status, echoed.text).toBe(200);
    expect((await partner(KEPT))[0]!.size).toBe("medium");
    // Another id in the body is still refused: a PATCH never renames a partner.
    expect((await h.call("coordinator", "PATCH", `/api/v1/partners/${ALIAS}`, { id: "schakel-gent" })).status).toBe(400);
  });

  it("recommends contacts for the kept partner through the alias", async () => {
    const direct = await h.call("analyst", "GET", `/api/v1/partners/${KEPT}/recommendations/partners?limit=5`);
    const res = await h.call("analyst", "GET", `/api/v1/partners/${ALIAS}/recommendations/partners?limit=5`);
    expect(res.status, res.text).toBe(200);
    expect(res.json.partnerId).toBe(KEPT);
    expect(res.json.items).toEqual(direct.json.items);
    expect(res.headers.get("content-location")).toBe(`/api/v1/partners/${KEPT}`);
  });

  it("deletes the kept partner through the alias; afterwards the alias answers 404 naming itself", async () => {
    const networks = await h.test.rows("MATCH (:Partner {id: $id})-[r:PARTICIPATES_IN]->() RETURN r", { id: KEPT });
    expect(networks.length).toBeGreaterThan(0);
    const res = await h.call("coordinator", "DELETE", `/api/v1/partners/${ALIAS}`);
    expect(res.status, res.text).toBe(204);
    expect(res.headers.get("content-location")).toBe(`/api/v1/partners/${KEPT}`);
    expect(await partner(KEPT)).toEqual([]);
    for (const [role, method] of [["public", "GET"], ["coordinator", "PATCH"], ["coordinator", "DELETE"]] as const) {
      const gone = await h.call(role, method, `/api/v1/partners/${ALIAS}`, method === "PATCH" ? { sector: "x" } : undefined);
      expect(gone.status, `${method} ${gone.text}`).toBe(404);
      expect(gone.text).toContain(ALIAS);
    }
  });

  it("still answers 404 for an id that is neither a partner nor an alias", async () => {
    for (const method of ["PATCH", "DELETE"] as const) {
      const res = await h.call("coordinator", method, "/api/v1/partners/nobody-here", method === "PATCH" ? { sector: "x" } : undefined);
      expect(res.status).toBe(404);
    }
  });
});
