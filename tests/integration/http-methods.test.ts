// A method a path does not take is a 405 with an Allow header; TRACE is never served; an unknown
// path stays a 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "node:http";
import { startHarness, type Harness } from "./http-harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.newTokens();
});
afterAll(async () => { await h.close(); });

/** fetch refuses to send TRACE, so node:http sends it. */
const raw = (method: string, path: string) =>
  new Promise<{ status: number; allow?: string; body: string }>((resolve, reject) => {
    const req = request(h.url + path, { method }, (res) => {
      let body = "";
      res.on("data", (c) => { body += c; });
      res.on("end", () => resolve({ status: res.statusCode!, allow: res.headers.allow, body }));
    });
    req.on("error", reject);
    req.end();
  });

describe("methods", () => {
  it("answers TRACE with 405 everywhere", async () => {
    for (const path of ["/", "/api/v1/projects", "/healthz"]) {
      const r = await raw("TRACE", path);
      expect(r.status, path).toBe(405);
      expect(JSON.parse(r.body).type).toMatch(/method-not-allowed/);
    }
  });
  it("answers a method the path does not take with 405 and what it takes", async () => {
    const del = await raw("DELETE", "/api/v1/projects");
    expect(del.status).toBe(405);
    expect(del.allow).toBe("GET, HEAD, POST");
    const put = await raw("PUT", "/api/v1/projects/p1");
    expect(put.status).toBe(405);
    expect(put.allow).toBe("DELETE, GET, HEAD, PATCH");
    expect((await raw("POST", "/api/v1/maps/events")).status).toBe(405);
    expect((await raw("GET", "/api/v1/no-such-thing")).status).toBe(404);
  });
});

describe("the spec and the server agree on edge cases", () => {
  it("takes an empty kinds list as the default, and refuses an empty offset or limit", async () => {
    const empty = await h.call("public", "GET", "/api/v1/graph/network?kinds=");
    expect(empty.status).toBe(200);
    expect(empty.json.attributes.kinds ?? empty.json.attributes.view).toBeDefined();
    for (const q of ["offset=", "limit=", "offset=%20"]) {
      const r = await h.call("analyst", "GET", `/api/v1/projects?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.json.errors[0].field).toBe(q.split("=")[0]);
    }
  });
});
