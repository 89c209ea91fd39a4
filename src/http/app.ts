// The HTTP application: createApp() wires the middleware, the declared routes and the error
// handling around a database handle, so the CLI's `serve` and the tests build the same app.
import type { IncomingMessage, ServerResponse } from "node:http";
import express, { Router, type RequestHandler } from "express";
import multer from "multer";
import type { Logger } from "pino";
import { bytes, type ServiceConfig } from "../config/service-env.ts";
import type { Database } from "../db/index.ts";
import { AnalysisJobs } from "../services/analysis/jobs.ts";
import { recommenderThread } from "../services/off-loop/recommender-thread.ts";
import { authenticate, requireRole, TokenCache } from "./auth.ts";
import { errorHandler, notFoundHandler } from "./error-handler.ts";
import { HttpProblem, validate } from "./errors.ts";
import { httpMetrics } from "./metrics.ts";
import { buildOpenApiDocument } from "./openapi.ts";
import { operationsRouter } from "./operations.ts";
import { requestLog } from "./request-log.ts";
import { cachedAnswer, ResponseCache, responseKey, sendCached } from "./response-cache.ts";
import { CachedReadShortcut } from "./cached-read-shortcut.ts";
import { precomputeEmbedMaps } from "./embed-precompute.ts";
import { readWarmup, type ReadWarmup } from "./read-warmup.ts";
import { expressPath, type AnyRoute, type AppServices, type UploadedFile } from "./route.ts";
import { ALL_ROUTES } from "./routes/index.ts";
import { malformedMultipartIs400, refuseDeepJson, trustProxy } from "./request-guards.ts";
import { corsAllowList, noStoreWhenAuthenticated, rateLimits, securityHeaders, type RateLimits } from "./security.ts";
import { webPages } from "./web-pages.ts";
import { MAP_EVENTS_PATH, mapEventsRouter } from "./map-events.ts";
import { methodNotAllowed } from "./method-not-allowed.ts";
import { StreamLimits } from "./stream-limits.ts";
import { PublicExportCache } from "./public-export-cache.ts";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MapVersionWatch } from "../services/map-events.ts";
import { removeUploadsWhenDone, uploadedFiles, uploadReceiver } from "./upload-files.ts";

export interface AppDeps {
  db: Database;
  config: ServiceConfig;
  logger: Logger;
  /** The routes to serve (all of them unless a test narrows it). */
  routes?: AnyRoute[];
  version?: string;
}

export interface App {
  app: express.Express;
  /** What the HTTP server runs: repeated cached reads answered at once, everything else by `app`. */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  shortcut: CachedReadShortcut;
  services: AppServices;
  routes: AnyRoute[];
  /** Builds the public maps an embed shows first when a run completes (idle() for tests). */
  embedMaps: { idle(): Promise<void>; stop(): void; warm(): Promise<void> };
  /** Reads ahead what first requests would wait for (started by the service: `warmup.start()`). */
  warmup: ReadWarmup;
}

/** How long a bearer token lookup is trusted. */
const TOKEN_CACHE_MS = 10_000;

export function createApp({ db, config, logger, routes = ALL_ROUTES, version = "0.1.0" }: AppDeps): App {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy(config.TRUST_PROXY));
  app.set("query parser", "simple");

  const metrics = httpMetrics();
  const services: AppServices = {
    tokenCache: new TokenCache(TOKEN_CACHE_MS), analysis: new AnalysisJobs(logger), responses: new ResponseCache(bytes(config.RESPONSE_CACHE_BYTES)),
    publicExports: new PublicExportCache({
      dir: config.EXPORT_CACHE_DIR ?? join(tmpdir(), "diagonal-public-exports"), maxBuilds: config.PUBLIC_EXPORT_BUILDS_MAX, retryAfterSeconds: config.RETRY_AFTER_SECONDS,
    }),
    recommendations: recommenderThread(db),
    publicSuggestions: config.PUBLIC_SUGGESTIONS === "on",
  };
  let openApi: Record<string, unknown> | undefined;
  const document = () => (openApi ??= buildOpenApiDocument(routes, { version }) as unknown as Record<string, unknown>);

  app.use(requestLog(logger, config.REQUEST_LOG_SAMPLE));
  app.use(metrics.middleware);
  app.use(securityHeaders());
  app.use(noStoreWhenAuthenticated);
  app.use(corsAllowList([...config.CORS_ORIGINS, ...config.EMBED_ORIGINS]));
  app.use(operationsRouter(db, metrics, document, config.RETRY_AFTER_SECONDS));
  app.use(webPages(config));
  const streamLimits = new StreamLimits({
    perClient: config.EVENT_STREAMS_PER_CLIENT, total: config.EVENT_STREAMS_MAX,
    maxAgeMs: config.EVENT_STREAM_MAX_AGE_SECONDS * 1000, retryAfterSeconds: config.RETRY_AFTER_SECONDS,
  });
  app.use(mapEventsRouter(new MapVersionWatch(db), streamLimits));

  const api = Router();
  const limits = rateLimits(config);
  api.use(authenticate(db, services.tokenCache, limits.failedAuth));
  const upload = uploadReceiver(config);
  const shortcut = new CachedReadShortcut({
    db, responses: services.responses, tokenCache: services.tokenCache, metrics, logger, logSample: config.REQUEST_LOG_SAMPLE,
  });
  for (const route of routes) mount(api, route, { db, services, limits, upload, bodyLimit: config.BODY_LIMIT, shortcut });
  app.use(api);

  app.use(methodNotAllowed(routes, [{ path: MAP_EVENTS_PATH, methods: ["GET"] }]));
  app.use(notFoundHandler);
  app.use(errorHandler({ retryAfterSeconds: config.RETRY_AFTER_SECONDS }));
  const embedMaps = precomputeEmbedMaps({ db, services, routes, logger });
  const warmup = readWarmup({ db, logger, embedMaps, recommendations: services.recommendations });
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (!shortcut.serve(req, res)) app(req, res);
  };
  return { app, handler, shortcut, services, routes, embedMaps, warmup };
}

interface MountDeps {
  db: Database;
  services: AppServices;
  limits: RateLimits;
  upload: multer.Multer;
  bodyLimit: string;
  shortcut: CachedReadShortcut;
}

function mount(router: Router, route: AnyRoute, { db, services, limits, upload, bodyLimit, shortcut }: MountDeps): void {
  const chain: RequestHandler[] = [
    (_req, res, next) => {
      res.locals.route = route.path;
      next();
    },
  ];
  chain.push((req, res, next) => {
    requireRole(req, res, route.role);
    next();
  });
  // After the role check: a refused request charges no one's budget (see security.ts).
  if (route.rateLimit) chain.push(limits[route.rateLimit]);
  if (route.body) {
    chain.push((req, _res, next) => {
      if (!req.is("application/json")) throw new HttpProblem("unsupported-media-type", `expected a JSON body (Content-Type: application/json), got ${req.headers["content-type"] ?? "none"}`);
      next();
    });
    chain.push(express.json({ limit: bodyLimit, strict: true }));
    chain.push(refuseDeepJson);
  }
  if (route.upload) {
    chain.push((req, _res, next) => {
      if (!req.is("multipart/form-data")) throw new HttpProblem("unsupported-media-type", `expected multipart/form-data with files in "${route.upload!.field}", got ${req.headers["content-type"] ?? "none"}`);
      next();
    });
    chain.push(malformedMultipartIs400(upload.array(route.upload.field, route.upload.maxFiles)), removeUploadsWhenDone);
  }
  chain.push(async (req, res) => {
    const params = route.params ? validate(route.params, req.params, "path") : {};
    const query = route.query ? validate(route.query, req.query ?? {}, "query") : {};
    const body = route.body ? validate(route.body, req.body, "body") : undefined;
    const files: UploadedFile[] = uploadedFiles(req.files as Express.Multer.File[] | undefined);
    const role = req.caller?.role ?? "public";
    const ctx = { db, role, visibility: role === "public" ? "public" : "all", req, res, services } as const;
    if (route.cache && (req.method === "GET" || req.method === "HEAD")) {
      const input = { params, query, body, files };
      const key = responseKey(route, input, ctx.visibility);
      const answer = await cachedAnswer(route, input, ctx, key);
      // An anonymous caller of a rate-limited view keeps paying its per-address budget: no shortcut.
      if (!(route.rateLimit && role === "public")) shortcut.remember(req, res, key, route.path);
      sendCached(req, res, answer);
      return;
    }
    const result = await route.handle({ params, query, body, files }, ctx);
    const status = route.status ?? 200;
    // A route that answers with a file (reports, exports) has sent its response already.
    if (res.headersSent) return;
    if (status === 204) res.status(204).end();
    else res.status(status).json(result);
  });
  router[route.method](expressPath(route.path), ...chain);
}
