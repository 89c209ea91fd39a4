// Operating the service: liveness and readiness, request ids in and out, Prometheus metrics by
// route and status, the OpenAPI document and reference page, and graceful shutdown.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseServiceEnv } from "../../src/config/service-env.ts";
import { createApp } from "../../src/http/app.ts";
import { defineRoute } from "../../src/http/route.ts";
import { ALL_ROUTES } from "../../src/http/routes/index.ts";
import { startServer } from "../../src/http/server.ts";
import { startHarness, type Harness } from "./http-harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.test.clear();
  await h.newTokens();
});
afterAll(async () => { await h.close(); });

describe("operations endpoints", () => {
  it("healthz and readyz", async () => {
    expect(await (await fetch(`${h.url}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${h.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", neo4j: "reachable" });
  });

  it("keeps a valid incoming X-Request-Id, makes one otherwise, and puts it in problems", async () => {
    const kept = await fetch(`${h.url}/api/v1/themes`, { headers: { "x-request-id": "trace-123" } });
    expect(kept.headers.get("x-request-id")).toBe("trace-123");
    const made = await fetch(`${h.url}/api/v1/themes`, { headers: { "x-request-id": "bad id with spaces; and {braces}" } });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const problem = await fetch(`${h.url}/api/v1/nothing-here`, { headers: { "x-request-id": "trace-404" } });
    expect(problem.status).toBe(404);
    expect(await problem.json()).toMatchObject({ requestId: "trace-404", instance: "/api/v1/nothing-here" });
  });

  it("counts requests by declared route and status", async () => {
    await fetch(`${h.url}/api/v1/projects/p-unknown`);
    await fetch(`${h.url}/api/v1/projects/p-other`);
    const text = await (await fetch(`${h.url}/metrics`)).text();
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/api\/v1\/projects\/\{id\}",status="404"\} 2/);
    expect(text).toMatch(/http_request_duration_seconds_bucket\{le="0.05",method="GET",route="\/api\/v1\/projects\/\{id\}",status="404"\} \d/);
    expect(text).toContain("process_cpu_user_seconds_total");
  });

  it("serves the OpenAPI document and the reference page", async () => {
    const doc = (await (await fetch(`${h.url}/api/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/v1/suggestions/{id}/decision");
    const page = await fetch(`${h.url}/api/docs`);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    for (const r of ALL_ROUTES) expect(html).toContain(`id="op-${r.operationId}"`);
  });
});

describe("graceful shutdown", () => {
  it("finishes the request in flight, refuses new connections, then closes the database", async () => {
    let closed = false;
    const db = { ...h.db, close: async () => { closed = true; } };
    // The request is held in flight until the test releases it: no timing involved.
    let arrived!: () => void;
    const inHandler = new Promise<void>((r) => (arrived = r));
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const slow = defineRoute({
      operationId: "slow", method: "get", path: "/slow", role: "public", tag: "test", summary: "waits",
      handle: async () => { arrived(); await released; return { done: true }; },
    });
    const logger = pino({ level: "silent" });
    const app = createApp({ db, config: parseServiceEnv({}), logger, routes: [slow] });
    const running = await startServer(app, { port: 0, host: "127.0.0.1", db, logger });
    const inFlight = fetch(`${running.url}/slow`);
    await inHandler;
    const closing = running.close();
    expect(closed).toBe(false);
    release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ done: true });
    await closing;
    expect(closed).toBe(true);
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
  });
});
