// Repeated cached reads answered before Express, with header lines prepared once per stored body
// (src/http/cached-answer-headers.ts): against the whole stack's answer to the same request, the
// same status, body and headers (all but the date and the request id), for 200 and 304, for the
// public with and without an allowed Origin and for a token (no-store); the request id is the
// caller's when valid and new otherwise; a prepared answer of one role never reaches another.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAnalysis } from "../../src/services/analysis/index.ts";
import { importPath } from "../../src/services/import-service.ts";
import { startHarness, type Harness } from "./http-harness.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;
const SITE = "https://kenniscentrum.example";
const MAP = "/api/v1/maps/projects/ln-talent-kmo";

let h: Harness;
const served = () => h.app.shortcut.served;

beforeAll(async () => {
  h = await startHarness({ CORS_ORIGINS: SITE });
  await h.test.clear();
  await importPath(h.db, FIXTURES);
  await h.newTokens();
  await runAnalysis(h.db, { seed: 3 });
  await h.app.embedMaps.idle();
});
afterAll(async () => { await h.close(); });

type Answer = Awaited<ReturnType<Harness["call"]>>;
/** Every header but the per-answer date and request id, sorted by name. */
const lines = (r: Answer) => {
  const out: [string, string][] = [];
  r.headers.forEach((value, name) => { if (!["x-request-id", "date"].includes(name)) out.push([name, value]); });
  return out.sort(([a], [b]) => a.localeCompare(b));
};

describe("repeated cached reads with prepared header lines", () => {
  it("answer as the whole stack does, for the public with and without an allowed Origin", async () => {
    for (const headers of [{}, { origin: SITE }] as Record<string, string>[]) {
      const first = await h.call("public", "GET", MAP, undefined, headers);
      expect(first.status).toBe(200);
      const before = served();
      const again = await h.call("public", "GET", MAP, undefined, headers);
      expect(served()).toBe(before + 1);
      expect(again.status).toBe(200);
      expect(again.text).toBe(first.text);
      expect(lines(again)).toEqual(lines(first));
      expect(again.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(again.headers.get("x-content-type-options")).toBe("nosniff");
      expect(again.headers.get("cache-control")).toBe("no-cache");
      expect(again.headers.get("content-length")).toBe(String(Buffer.byteLength(first.text)));
      if ("origin" in headers) expect(again.headers.get("access-control-allow-origin")).toBe(SITE);
      else expect(again.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("answer 304 to a matching If-None-Match with the whole stack's headers, and 200 to another tag", async () => {
    const { headers } = await h.call("public", "GET", MAP);
    const etag = headers.get("etag")!;
    // A new identity (this Origin's first request): the whole stack answers the 304.
    const stack = await h.call("public", "GET", `${MAP}?seed=1`, undefined, { origin: SITE, "if-none-match": etag });
    const tag = stack.headers.get("etag")!;
    const fromStack = await h.call("public", "GET", `${MAP}?seed=1`, undefined, { origin: SITE, "if-none-match": tag });
    const before = served();
    const shortcut = await h.call("public", "GET", `${MAP}?seed=1`, undefined, { origin: SITE, "if-none-match": `"other", W/${tag}` });
    expect(served()).toBe(before + 1);
    expect(fromStack.status).toBe(304);
    expect(shortcut.status).toBe(304);
    expect(shortcut.text).toBe("");
    expect(lines(shortcut)).toEqual(lines(fromStack));
    const other = await h.call("public", "GET", `${MAP}?seed=1`, undefined, { origin: SITE, "if-none-match": '"not-this-one"' });
    expect(served()).toBe(before + 2);
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).toBe(tag);
  });

  it("answer a token's repeated read with no-store, and never hand it to the public", async () => {
    const path = "/api/v1/suggestions?limit=5";
    const first = await h.call("analyst", "GET", path);
    expect(first.status).toBe(200);
    const before = served();
    const again = await h.call("analyst", "GET", path);
    expect(served()).toBe(before + 1);
    expect(again.text).toBe(first.text);
    expect(lines(again)).toEqual(lines(first));
    expect(again.headers.get("cache-control")).toBe("no-store");
    const anonymous = await h.call("public", "GET", path, undefined, { "if-none-match": first.headers.get("etag")! });
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).not.toBe(first.text);
    expect(served()).toBe(before + 1);
  });

  it("send back a valid X-Request-Id, and a new one for an invalid or missing one", async () => {
    await h.call("public", "GET", MAP);
    const before = served();
    const kept = await h.call("public", "GET", MAP, undefined, { "x-request-id": "embed-42.a" });
    const replaced = await h.call("public", "GET", MAP, undefined, { "x-request-id": "no spaces allowed" });
    const fresh = await h.call("public", "GET", MAP);
    expect(served()).toBe(before + 3);
    expect(kept.headers.get("x-request-id")).toBe("embed-42.a");
    const ids = [replaced, fresh].map((r) => r.headers.get("x-request-id"));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
