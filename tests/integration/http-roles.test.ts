// The role matrix: every declared route × every role, over HTTP. Each role reaches exactly the
// routes its table row allows (401 without a token, 403 with too weak a token, otherwise the
// route's own answer), and the public role sees only public fields.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_ROUTES } from "../../src/http/routes/index.ts";
import { seedNetwork, startHarness, type Harness } from "./http-harness.ts";
import { ROLES, type Role } from "../../src/schemas/index.ts";

/** The minimum role of every operation: the documented policy (docs/api.md). */
const POLICY: Record<string, Role> = {
  listProjects: "public", getProject: "public", createProject: "coordinator", updateProject: "coordinator", deleteProject: "coordinator",
  listThemes: "public", getTheme: "public", createTheme: "coordinator", updateTheme: "coordinator", deleteTheme: "coordinator",
  listPartners: "public", getPartner: "public", createPartner: "coordinator", updatePartner: "coordinator", deletePartner: "coordinator",
  listOutcomes: "public", getOutcome: "public", createOutcome: "coordinator", updateOutcome: "coordinator", deleteOutcome: "coordinator",
  listSuggestions: "analyst", listProjectSuggestions: "analyst", decideSuggestion: "coordinator", listDecisions: "analyst",
  recommendContactsForPartner: "analyst", getDecision: "analyst", redecidePair: "coordinator", undoDecision: "coordinator",
  listOpportunities: "analyst", listCommunities: "analyst", getMe: "public",
  startAnalysis: "analyst", getAnalysisJob: "analyst", listAnalysisRuns: "analyst", getAnalysisRun: "analyst", diffAnalysisRuns: "analyst", deleteAnalysisRun: "admin",
  projectGraph: "public", themeGraph: "public", networkGraph: "public",
  importFiles: "coordinator",
  listImportJobs: "coordinator", undoImport: "coordinator",
  getReport: "analyst", exportGraph: "public", makeDigestIssue: "coordinator",
  listTokens: "admin", createToken: "admin", revokeToken: "admin",
  recommendPartnersForNewNetwork: "analyst", recommendNetworksForNewNetwork: "analyst",
  recommendPartnersForProject: "analyst", recommendNetworksForProject: "analyst",
  networkMap: "public", projectMap: "public", themeMap: "public",
  listDuplicatePartners: "coordinator", listPartnerMerges: "coordinator", mergePartner: "coordinator", undoPartnerMerge: "coordinator",
};

const UUID = "00000000-0000-4000-8000-000000000000";
const concretePath = (path: string) => path.replace("{pairKey}", "zz-a%7Czz-b").replace("/tokens/{id}", `/tokens/${UUID}`).replace("/jobs/{id}", `/jobs/${UUID}`).replace(/\{\w+\}/g, "zz-unknown");

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.test.clear();
  await seedNetwork(h.test);
  await h.newTokens();
});
afterAll(async () => { await h.close(); });

describe("role matrix", () => {
  it("declares every route in the policy table, and the same role", () => {
    expect(Object.fromEntries(ALL_ROUTES.map((r) => [r.operationId, r.role]))).toEqual(POLICY);
  });

  const cases = ALL_ROUTES.flatMap((route) => ROLES.map((role) => ({ route, role })));
  it.each(cases.map((c) => [`${c.route.method.toUpperCase()} ${c.route.path} as ${c.role}`, c] as const))("%s", async (_name, { route, role }) => {
    const allowed = ROLES.indexOf(role) >= ROLES.indexOf(POLICY[route.operationId]!);
    const body = route.body ? {} : undefined;
    const r = await h.call(role, route.method.toUpperCase(), concretePath(route.path), body);
    await h.app.services.analysis.idle();
    if (allowed) expect([401, 403], `${role} should pass: ${r.text}`).not.toContain(r.status);
    else expect(r.status, r.text).toBe(role === "public" ? 401 : 403);
    if (!allowed && role === "public") expect(r.headers.get("www-authenticate")).toBe('Bearer realm="diagonal"');
  });

  it("refuses unknown and revoked tokens with 401", async () => {
    const unknown = await fetch(`${h.url}/api/v1/projects`, { headers: { authorization: "Bearer dgl_notarealtokenatall" } });
    expect(unknown.status).toBe(401);
    const created = await h.call("admin", "POST", "/api/v1/tokens", { name: "temp", role: "analyst" });
    expect(created.status).toBe(201);
    expect(created.json.token).toMatch(/^dgl_[A-Za-z0-9_-]{43}$/);
    const use = () => fetch(`${h.url}/api/v1/analysis/runs`, { headers: { authorization: `Bearer ${created.json.token}` } });
    expect((await use()).status).toBe(200);
    expect((await h.call("admin", "DELETE", `/api/v1/tokens/${created.json.id}`)).json.revokedAt).toBeTruthy();
    expect((await use()).status).toBe(401);
    const stored = await h.test.rows<{ hash: string }>("MATCH (t:ApiToken {id: $id}) RETURN t.hash AS hash", { id: created.json.id });
    expect(stored[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]!.hash).not.toContain(created.json.token);
    const listed = await h.call("admin", "GET", "/api/v1/tokens");
    expect(JSON.stringify(listed.json)).not.toMatch(/hash|dgl_/);
  });
});

describe("public fields", () => {
  it("the public role sees no enterprise numbers; analysts do", async () => {
    const pub = await h.call("public", "GET", "/api/v1/partners?kind=company");
    expect(pub.json.items[0]).not.toHaveProperty("enterpriseNumber");
    expect((await h.call("public", "GET", "/api/v1/partners/acme")).json).not.toHaveProperty("enterpriseNumber");
    expect((await h.call("analyst", "GET", "/api/v1/partners/acme")).json.enterpriseNumber).toBe("BE0123456749");
  });

  it("the public role never sees planned projects, directly or through neighbours", async () => {
    const list = await h.call("public", "GET", "/api/v1/projects");
    expect(list.json.items.map((p: { id: string }) => p.id).sort()).toEqual(["p1", "p2"]);
    expect(list.json.total).toBe(2);
    expect((await h.call("public", "GET", "/api/v1/projects/p3")).status).toBe(404);
    expect((await h.call("public", "GET", "/api/v1/partners/acme")).json.projects.map((p: { id: string }) => p.id)).toEqual(["p1"]);
    expect((await h.call("public", "GET", "/api/v1/themes/talent")).json.projects.map((p: { id: string }) => p.id)).toEqual(["p1"]);
    await h.test.rows("MATCH (p:Project {id: 'p3'}) CREATE (p)-[:PRODUCED]->(:Outcome {id: 'o-secret', title: 'Draft', kind: 'report'})");
    const network = await h.call("public", "GET", "/api/v1/graph/network?kinds=project,theme,partner,outcome");
    const keys = network.json.nodes.map((n: { key: string }) => n.key);
    expect(keys).not.toContain("project:p3");
    expect(keys).not.toContain("outcome:o-secret");
    expect((await h.call("analyst", "GET", "/api/v1/graph/network?kinds=outcome")).json.nodes.map((n: { key: string }) => n.key)).toContain("outcome:o-secret");
    expect((await h.call("public", "GET", "/api/v1/outcomes/o-secret")).status).toBe(404);
    expect((await h.call("analyst", "GET", "/api/v1/projects/p3")).status).toBe(200);
  });
});
