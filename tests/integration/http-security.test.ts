// Hostile input over HTTP: Cypher-looking text in every text field, id and filter is either
// stored exactly (and nothing else changes) or rejected; oversized, mistyped and malformed bodies;
// helmet headers, the CORS allow-list and the write rate limit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedNetwork, startHarness, type Harness } from "./http-harness.ts";
import { API_CONTENT_SECURITY_POLICY } from "../../src/http/security.ts";

const HOSTILE = [
  "' OR 1=1 //",
  "}) DETACH DELETE n //",
  "$x",
  "`Project` MATCH (n) DETACH DELETE n",
  "\"; MATCH (n) DETACH DELETE n; //",
  "ünïcødé — 🚀 \u202eevil\u202c 中文",
  "{id: 'x'}) SET n.admin = true //",
];

let h: Harness;
beforeAll(async () => { h = await startHarness({ BODY_LIMIT: "4kb", CORS_ORIGINS: "https://kenniscentrum.example.be" }); });
afterAll(async () => { await h.close(); });
beforeEach(async () => {
  await h.test.clear();
  await seedNetwork(h.test);
  await h.newTokens();
});

/** Domain nodes and relationships (the data-version counter node is bookkeeping, bumped by every change). */
async function graphCounts() {
  const [r] = await h.test.rows<{ nodes: number; rels: number }>("MATCH (n) WHERE NOT n:DiagonalTestMarker AND NOT n:DataVersion OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels");
  return r!;
}

/** Per resource: a valid body with one text field replaced by the hostile string. */
const TEXT_FIELDS: { path: string; base: Record<string, unknown>; fields: string[] }[] = [
  { path: "/api/v1/projects", base: { name: "n", start: "2024-01-01" }, fields: ["name", "description", "region"] },
  { path: "/api/v1/themes", base: { nameNl: "n", nameEn: "n" }, fields: ["nameNl", "nameEn", "description"] },
  { path: "/api/v1/partners", base: { kind: "ngo" }, fields: ["name", "sector", "region"] },
  { path: "/api/v1/outcomes", base: { project: "p1", title: "t" }, fields: ["title", "summary"] },
];

describe("injection", () => {
  it("stores hostile text exactly, adding only the one node", async () => {
    let n = 0;
    for (const { path, base, fields } of TEXT_FIELDS) {
      for (const field of fields) {
        for (const text of HOSTILE) {
          const id = `h${n++}`;
          // Partners are refused when their name key repeats; give each a distinct name.
          const body = { ...base, ...(path.endsWith("partners") ? { name: `org ${id}` } : {}), id, [field]: text };
          const before = await graphCounts();
          const created = await h.call("coordinator", "POST", path, body);
          expect(created.status, `${path} ${field} ${text}: ${created.text}`).toBe(201);
          const after = await graphCounts();
          expect(after.nodes).toBe(before.nodes + 1);
          expect(after.rels).toBe(before.rels + (path.endsWith("outcomes") ? 1 : 0));
          const read = await h.call("coordinator", "GET", `${path}/${id}`);
          expect(read.json[field]).toBe(text);
        }
      }
    }
    expect(await h.test.count("Theme")).toBeGreaterThan(2);
    expect(await h.test.rows("MATCH (n) WHERE n.admin IS NOT NULL RETURN n")).toEqual([]);
  });

  it("rejects hostile ids in bodies and paths, and finds nothing with hostile filters, changing nothing", async () => {
    const before = await graphCounts();
    for (const text of HOSTILE) {
      const r = await h.call("coordinator", "POST", "/api/v1/projects", { id: text, name: "n", start: "2024-01-01" });
      expect(r.status).toBe(400);
      expect(r.json.errors[0].field).toBe("id");
      for (const path of ["/api/v1/projects/", "/api/v1/themes/", "/api/v1/graph/projects/"]) {
        const g = await h.call("coordinator", "GET", path + encodeURIComponent(text));
        expect([400, 404]).toContain(g.status);
      }
      expect((await h.call("coordinator", "DELETE", `/api/v1/partners/${encodeURIComponent(text)}`)).status).toBe(400);
      const q = await h.call("analyst", "GET", `/api/v1/projects?q=${encodeURIComponent(text)}`);
      expect(q.status).toBe(200);
      expect(q.json.total).toBe(0);
      const sort = await h.call("analyst", "GET", `/api/v1/projects?sort=${encodeURIComponent(text)}`);
      expect(sort.status).toBe(400);
    }
    expect(await graphCounts()).toEqual(before);
  });
});

describe("request bodies", () => {
  it("413 for a body over BODY_LIMIT, 415 for a non-JSON body, 400 for malformed JSON — as problems, nothing stored", async () => {
    const big = await h.call("coordinator", "POST", "/api/v1/projects", { id: "big", name: "n", start: "2024-01-01", description: "x".repeat(10_000) });
    expect(big.status).toBe(413);
    expect(big.json.type).toBe("/api/docs#problem-payload-too-large");
    const form = await h.call("coordinator", "POST", "/api/v1/projects", "id=x&name=y", { "content-type": "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
    expect(form.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const broken = await h.call("coordinator", "POST", "/api/v1/projects", '{"id": "x", ', { "content-type": "application/json" });
    expect(broken.status).toBe(400);
    expect(broken.json.type).toBe("/api/docs#problem-malformed-json");
    expect(broken.text).not.toMatch(/SyntaxError|at JSON\.parse|node_modules/);
    expect(await h.test.count("Project")).toBe(3);
  });
});

describe("headers", () => {
  it("sets helmet's headers and answers CORS only for the allowed origin", async () => {
    const ok = await fetch(`${h.url}/api/v1/themes`, { headers: { origin: "https://kenniscentrum.example.be" } });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://kenniscentrum.example.be");
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    // A JSON answer allows nothing and may not be framed; helmet's headers for old browsers are left out.
    expect(ok.headers.get("content-security-policy")).toBe(API_CONTENT_SECURITY_POLICY);
    expect(ok.headers.get("strict-transport-security")).toMatch(/max-age=/);
    for (const legacy of ["x-dns-prefetch-control", "x-download-options", "x-xss-protection", "x-permitted-cross-domain-policies", "origin-agent-cluster"]) {
      expect(ok.headers.get(legacy), legacy).toBeNull();
    }
    // The API reference keeps its inline style and nothing more.
    const docs = await fetch(`${h.url}/api/docs`);
    expect(docs.headers.get("content-security-policy")).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    expect(ok.headers.get("x-powered-by")).toBeNull();
    const other = await fetch(`${h.url}/api/v1/themes`, { headers: { origin: "https://evil.example.com" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(`${h.url}/api/v1/projects`, {
      method: "OPTIONS",
      headers: { origin: "https://kenniscentrum.example.be", "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
  });
});

describe("rate limits", () => {
  it("limits writes per client (429 problem) while reads go on", async () => {
    const limited = await startHarness({ RATE_LIMIT_WRITE_MAX: "3", RATE_LIMIT_WINDOW_MS: "60000" });
    try {
      await limited.newTokens();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.call("coordinator", "POST", "/api/v1/themes", { id: `rl${i}`, nameNl: "a", nameEn: "b" })).status);
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      const last = await limited.call("coordinator", "POST", "/api/v1/themes", { id: "rl9", nameNl: "a", nameEn: "b" });
      expect(last.json.type).toBe("/api/docs#problem-rate-limited");
      expect(last.headers.get("ratelimit-policy")).toBeTruthy();
      expect((await limited.call("public", "GET", "/api/v1/themes")).status).toBe(200);
      expect(await limited.test.rows("MATCH (t:Theme) WHERE t.id STARTS WITH 'rl' RETURN count(t) AS n")).toEqual([{ n: 3 }]);
    } finally {
      await limited.close();
    }
  });
});
