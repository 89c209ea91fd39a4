// Security middleware: helmet's headers, CORS only for the configured origins (the knowledge
// centre), and per-client rate limits on writes and token management.
import cors from "cors";
import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import type { ServiceConfig } from "../config/service-env.ts";
import { HttpProblem } from "./errors.ts";

export const securityHeaders = (): RequestHandler => helmet();

export function corsAllowList(origins: string[]): RequestHandler {
  const allowed = new Set(origins.map((o) => new URL(o).origin));
  return cors({
    origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    methods: ["GET", "POST", "PATCH", "DELETE"],
    allowedHeaders: ["Authorization", "Content-Type", "X-Request-Id"],
    exposedHeaders: ["X-Request-Id", "Retry-After", "Location"],
    maxAge: 600,
  });
}

export interface RateLimits {
  write: RequestHandler;
  token: RequestHandler;
}

export function rateLimits(config: ServiceConfig): RateLimits {
  const limiter = (limit: number, what: string) =>
    rateLimit({
      windowMs: config.RATE_LIMIT_WINDOW_MS,
      limit,
      standardHeaders: "draft-8",
      legacyHeaders: false,
      handler: (_req, _res, next, options) =>
        next(new HttpProblem("rate-limited", `more than ${options.limit} ${what} requests in ${Math.round(config.RATE_LIMIT_WINDOW_MS / 1000)} s; try again later`)),
    });
  return { write: limiter(config.RATE_LIMIT_WRITE_MAX, "write"), token: limiter(config.RATE_LIMIT_TOKEN_MAX, "token") };
}
