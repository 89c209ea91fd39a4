// Endpoints for operating the service: liveness, readiness (Neo4j answers right now — checked on
// every call, never remembered), Prometheus metrics, the OpenAPI document and its reference page.
import { Router } from "express";
import type { Database } from "../db/index.ts";
import { renderDocsPage } from "./docs-page.ts";
import type { HttpMetrics } from "./metrics.ts";

export function operationsRouter(db: Database, metrics: HttpMetrics, openApi: () => Record<string, unknown>, retryAfterSeconds: number): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.locals.route = "/healthz";
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (req, res) => {
    res.locals.route = "/readyz";
    try {
      await db.driver.verifyConnectivity({ database: db.database });
      res.json({ status: "ready", neo4j: "reachable" });
    } catch (err) {
      req.log?.warn({ err: { message: (err as Error).message } }, "not ready");
      res.setHeader("Retry-After", String(retryAfterSeconds));
      res.status(503).json({ status: "unavailable", neo4j: "unreachable" });
    }
  });
  router.get("/metrics", async (req, res) => {
    res.locals.route = "/metrics";
    // Metrics describe traffic and errors: loopback clients only (a scraper on the host or a sidecar),
    // also when the service listens on every interface. The socket's address, never X-Forwarded-For.
    if (!isLoopback(req.socket.remoteAddress)) {
      res.status(404).type("application/problem+json").json({ type: "/api/docs#problem-not-found", title: "Not found", status: 404, detail: "no route GET /metrics", instance: req.originalUrl });
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  router.get("/api/openapi.json", (_req, res) => {
    res.locals.route = "/api/openapi.json";
    res.json(openApi());
  });
  router.get("/api/docs", (_req, res) => {
    res.locals.route = "/api/docs";
    // The reference is a page of its own: its inline style, nothing else.
    res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    res.type("html").send(renderDocsPage(openApi()));
  });
  return router;
}

const isLoopback = (address: string | undefined) => !!address && (address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127."));
