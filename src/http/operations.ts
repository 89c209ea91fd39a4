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
  router.get("/metrics", async (_req, res) => {
    res.locals.route = "/metrics";
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  router.get("/api/openapi.json", (_req, res) => {
    res.locals.route = "/api/openapi.json";
    res.json(openApi());
  });
  router.get("/api/docs", (_req, res) => {
    res.locals.route = "/api/docs";
    res.type("html").send(renderDocsPage(openApi()));
  });
  return router;
}
