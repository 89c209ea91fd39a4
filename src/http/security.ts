// Security middleware: helmet's headers, CORS only for the configured origins (the knowledge
// centre), and per-client rate limits on writes and token management.
import cors from "cors";
import type { RequestHandler } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import helmet from "helmet";
import type { ServiceConfig } from "../config/service-env.ts";
import { HttpProblem } from "./errors.ts";

/**
 * helmet's headers for an API whose answers are JSON (OWASP's REST guidance): a policy that allows
 * nothing, framing included — the pages, the API reference, reports and exports set their own —
 * without helmet's headers for browsers of the past (X-DNS-Prefetch-Control, X-Download-Options,
 * X-XSS-Protection, X-Permitted-Cross-Domain-Policies, Origin-Agent-Cluster). A small cached answer
 * carried more header than body before.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
const LEGACY_OFF = {
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xXssProtection: false,
  xPermittedCrossDomainPolicies: false,
  originAgentCluster: false,
} as const;
export const securityHeaders = (): RequestHandler => {
  const headers = helmet({ contentSecurityPolicy: false, ...LEGACY_OFF });
  return (req, res, next) => {
    res.setHeader("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    headers(req, res, next);
  };
};

export function corsAllowList(origins: string[]): RequestHandler {
  const allowed = new Set(origins.map((o) => new URL(o).origin));
  return cors({
    origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    methods: ["GET", "POST", "PATCH", "DELETE"],
    allowedHeaders: ["Authorization", "Content-Type", "X-Request-Id"],
    exposedHeaders: ["X-Request-Id", "Retry-After", "Location", "Content-Location"],
    maxAge: 600,
  });
}

export interface RateLimits {
  write: RequestHandler;
  token: RequestHandler;
  /** Requests with a bearer token that turned out unknown or revoked, per client address. */
  failedAuth: RequestHandler;
  /** Anonymous graph views (costly at full size), per client address: one visitor cannot starve the coordinator. */
  view: RequestHandler;
  /** Anonymous exports, per client address. */
  export: RequestHandler;
}

/**
 * Write and token budgets belong to a caller (its token), and are charged only after the role
 * check: anonymous or wrong-role requests (401/403) cost nobody's budget, so no one can lock an
 * admin out by sending requests from the same address. Failed token attempts have a budget of
 * their own, per client address. Behind a reverse proxy, set `trust proxy` (TRUST_PROXY) so the
 * address is the client's, not the proxy's.
 */
export function rateLimits(config: ServiceConfig): RateLimits {
  const window = `${Math.round(config.RATE_LIMIT_WINDOW_MS / 1000)} s`;
  const limiter = (limit: number, what: string, byCaller: boolean, skip?: (req: import("express").Request) => boolean) =>
    rateLimit({
      ...(skip ? { skip } : {}),
      windowMs: config.RATE_LIMIT_WINDOW_MS,
      limit,
      standardHeaders: "draft-8",
      legacyHeaders: false,
      keyGenerator: (req) => (byCaller && req.caller?.tokenId ? `token:${req.caller.tokenId}` : `ip:${ipKeyGenerator(req.ip ?? "unknown")}`),
      handler: (_req, _res, next, options) => next(new HttpProblem("rate-limited", `more than ${options.limit} ${what} in ${window}; try again later`)),
    });
  return {
    write: limiter(config.RATE_LIMIT_WRITE_MAX, "write requests", true),
    token: limiter(config.RATE_LIMIT_TOKEN_MAX, "token requests", true),
    failedAuth: limiter(config.RATE_LIMIT_FAILED_AUTH_MAX, "requests with an unknown or revoked token", false),
    // Callers with a token (the coordinator, analysts) are not limited here.
    view: limiter(config.RATE_LIMIT_VIEW_MAX, "anonymous graph views", false, (req) => req.caller?.tokenId !== undefined),
    export: limiter(config.RATE_LIMIT_EXPORT_MAX, "anonymous exports", false, (req) => req.caller?.tokenId !== undefined),
  };
}

/** `Cache-Control: no-store` on every answer to a request that carries credentials. */
export const noStoreWhenAuthenticated: RequestHandler = (req, res, next) => {
  if (req.headers.authorization !== undefined) res.setHeader("Cache-Control", "no-store");
  next();
};
