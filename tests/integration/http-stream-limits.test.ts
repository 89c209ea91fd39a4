// The anonymous event streams are capped: per client address (429), in all (503), both with
// Retry-After; a stream is closed after its maximum age and its place is freed; /healthz answers
// while every place is taken. Clients are told apart by X-Forwarded-For behind a trusted proxy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./http-harness.ts";

let h: Harness;
const open: AbortController[] = [];
beforeAll(async () => {
  h = await startHarness({ TRUST_PROXY: "loopback", EVENT_STREAMS_PER_CLIENT: "2", EVENT_STREAMS_MAX: "3", EVENT_STREAM_MAX_AGE_SECONDS: "5", RETRY_AFTER_SECONDS: "7" });
  await h.test.clear();
});
afterAll(async () => {
  for (const a of open) a.abort();
  await h.close();
});

async function stream(client: string) {
  const abort = new AbortController();
  open.push(abort);
  const res = await fetch(`${h.url}/api/v1/maps/events`, { signal: abort.signal, headers: { "x-forwarded-for": client } });
  return { res, abort: () => abort.abort() };
}

describe("event stream caps", () => {
  it("refuses a client's third stream (429) and any stream beyond the total (503), with Retry-After", async () => {
    const a1 = await stream("203.0.113.1");
    const a2 = await stream("203.0.113.1");
    expect([a1.res.status, a2.res.status]).toEqual([200, 200]);
    const a3 = await stream("203.0.113.1");
    expect(a3.res.status).toBe(429);
    expect(a3.res.headers.get("retry-after")).toBe("7");
    expect((await a3.res.json()).detail).toMatch(/at most 2 open event streams per client/);

    const b1 = await stream("203.0.113.2");
    expect(b1.res.status).toBe(200);
    const c1 = await stream("203.0.113.3");
    expect(c1.res.status).toBe(503);
    expect(c1.res.headers.get("retry-after")).toBe("7");
    expect((await c1.res.json()).type).toMatch(/service-busy/);
    // The rest of the service still answers.
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);

    // A closed stream frees its place.
    a1.abort();
    await new Promise((r) => setTimeout(r, 300));
    const c2 = await stream("203.0.113.3");
    expect(c2.res.status).toBe(200);
    for (const s of [a2, b1, c2]) s.abort();
  });

  it("closes a stream after its maximum age", async () => {
    await new Promise((r) => setTimeout(r, 300));
    const s = await stream("203.0.113.9");
    expect(s.res.status).toBe(200);
    const started = Date.now();
    const reader = s.res.body!.getReader();
    while (!(await reader.read()).done) { /* read until the server ends it */ }
    expect(Date.now() - started).toBeGreaterThanOrEqual(4000);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
