// GET /api/v1/me against a real Neo4j: each token's role and the operations it may call, read from
// the routes' declared roles (so a client never needs to try and be refused), and the message id
// and parameters that problem documents carry besides their English text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_ROUTES } from "../../src/http/routes/index.ts";
import { ROLES } from "../../src/schemas/index.ts";
import { startHarness, type Harness } from "./http-harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.test.clear();
  await h.newTokens();
});
afterAll(async () => h?.close());

describe("GET /api/v1/me", () => {
  it("names each role and exactly the operations it may call", async () => {
    for (const role of ROLES) {
      const r = await h.call(role, "GET", "/api/v1/me");
      expect(r.status, r.text).toBe(200);
      expect(r.json.role).toBe(role);
      const expected = ALL_ROUTES.filter((route) => ROLES.indexOf(role) >= ROLES.indexOf(route.role)).map((route) => route.operationId);
      expect([...r.json.operations].sort()).toEqual(expected.sort());
      if (role === "public") expect(r.json.name).toBeUndefined();
      else expect(r.json.name).toBe(`test ${role}`);
    }
    const analyst = (await h.call("analyst", "GET", "/api/v1/me")).json.operations as string[];
    expect(analyst).toEqual(expect.arrayContaining(["getReport", "exportGraph", "listSuggestions", "startAnalysis"]));
    expect(analyst).not.toContain("decideSuggestion");
    expect(analyst).not.toContain("importFiles");
    expect(analyst).not.toContain("listTokens");
  });

  it("refuses an unknown token with a message id", async () => {
    const r = await h.call("public", "GET", "/api/v1/me", undefined, { authorization: "Bearer not-a-real-token-123456" });
    expect(r.status).toBe(401);
    expect(r.json).toMatchObject({ messageId: "unauthorized.unknown-token", params: {} });
  });
});

describe("problem documents carry a message id and parameters", () => {
  it("for a role too weak, a missing token, an unknown id and path, and an invalid field", async () => {
    expect((await h.call("analyst", "POST", "/api/v1/suggestions/x/decision", { decision: "accept" })).json)
      .toMatchObject({ status: 403, messageId: "forbidden.role", params: { required: "coordinator", role: "analyst" } });
    expect((await h.call("public", "GET", "/api/v1/suggestions")).json)
      .toMatchObject({ status: 401, messageId: "unauthorized.no-token", params: { required: "analyst" } });
    expect((await h.call("public", "GET", "/api/v1/projects/no-such-network")).json)
      .toMatchObject({ status: 404, messageId: "not-found.item", params: { what: "project", id: "no-such-network" } });
    expect((await h.call("public", "GET", "/api/v1/nothing-here")).json)
      .toMatchObject({ status: 404, messageId: "not-found.route", params: { method: "GET", path: "/api/v1/nothing-here" } });
    expect((await h.call("analyst", "GET", "/api/v1/reports/letter?format=html")).json)
      .toMatchObject({ status: 400, messageId: "validation-failed.field", params: { field: "subject", count: 1 } });
    // A problem without a finer message names its own id.
    expect((await h.call("coordinator", "POST", "/api/v1/projects", "{not json")).json).toMatchObject({ status: 400, messageId: "malformed-json", params: {} });
  });
});
