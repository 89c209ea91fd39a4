// Repeated cached reads answered before Express. The first request for a URL goes through the
// whole stack — request log, metrics, security headers, CORS, authentication, role check, rate
// limit, validation and the response cache. When the response cache answered it, the shortcut
// remembers, for that method, URL, role and Origin, which cache key it got and which headers the
// stack set. The next identical request — its role known without asking Neo4j (no token, or a
// token whose lookup is cached: auth.ts knownRole) — whose body is held at the current data
// version is written at once: those headers, a request id, the stored bytes or 304 — with one
// writeHead of header lines prepared once per stored body (cached-answer-headers.ts). Anything else
// (a first request, an expired or revoked token lookup, a change whose body is not built yet, a
// write) takes the whole stack, which fills the cache again. Anonymous reads of the rate-limited
// graph views are never remembered (app.ts): their per-address budget is charged on every request.
// Metrics count the shortcut's answers, and the request log samples them like every other read.
import type { IncomingMessage, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import type { Logger } from "pino";
import { knownDataVersion } from "../services/data-version.ts";
import type { Db } from "../services/entities/store.ts";
import { knownRole, type TokenCache } from "./auth.ts";
import type { HttpMetrics } from "./metrics.ts";
import { prepareHeaders, urlHeaders, writePrepared, type PreparedHeaders } from "./cached-answer-headers.ts";
import { readSampler, requestIdOf } from "./request-log.ts";
import { notModified, type ResponseCache } from "./response-cache.ts";

interface Remembered {
  key: string;
  /** The declared route path, for metrics. */
  route: string;
  /** The URL's own headers, as the stack set them. */
  headers: [string, string][];
  /** Header lines for the body last served (prepared again when the data version gives another body). */
  prepared?: PreparedHeaders;
}

export interface ShortcutDeps {
  db: Db;
  responses: ResponseCache;
  tokenCache: TokenCache;
  metrics: HttpMetrics;
  logger: Logger;
  logSample: number;
}

export class CachedReadShortcut {
  /** Answers given without the middleware chain (for tests and the benchmark). */
  served = 0;
  private known = new LRUCache<string, Remembered>({ max: 20_000 });
  private logged: () => boolean;

  constructor(private deps: ShortcutDeps) {
    this.logged = readSampler(deps.logSample);
  }

  private identity(req: IncomingMessage): string | undefined {
    if (req.method !== "GET") return undefined;
    const role = knownRole(req.headers.authorization, this.deps.tokenCache);
    if (role === undefined) return undefined;
    // Inside Express the URL as received is originalUrl (routers may rewrite url).
    const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url;
    return `${role}\n${req.headers.origin ?? ""}\n${url}`;
  }

  /** Called by the full stack as it answers a GET from the response cache under `key`. */
  remember(req: IncomingMessage, res: ServerResponse, key: string, route: string): void {
    const identity = this.identity(req);
    if (identity === undefined) return;
    this.known.set(identity, { key, route, headers: urlHeaders(res) });
  }

  /** Answers the request if it can, and says whether it did. */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    const identity = this.identity(req);
    if (identity === undefined) return false;
    const remembered = this.known.get(identity);
    if (!remembered) return false;
    const version = knownDataVersion(this.deps.db);
    if (!version) return false;
    const body = this.deps.responses.peek(remembered.key, version.token);
    if (!body) return false;
    const started = process.hrtime.bigint();
    let prepared = remembered.prepared;
    if (prepared?.cached !== body) prepared = remembered.prepared = prepareHeaders(remembered.headers, body);
    const id = requestIdOf(req);
    writePrepared(res, prepared, notModified(req, body.etag), id);
    this.served++;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    this.deps.metrics.observe("GET", remembered.route, res.statusCode, seconds);
    if (this.logged()) {
      this.deps.logger.info({ req: { id, method: "GET", url: req.url }, res: { statusCode: res.statusCode }, responseTime: seconds * 1000 }, "request completed");
    }
    return true;
  }
}
