// The HTTP service's settings, from the environment, validated once at start-up so a typo stops
// the service with a message naming the variable instead of failing at the first request.
// Neo4j settings are validated separately by src/db/config.ts.
import { z } from "zod";
import { ConfigError, parseInput } from "../errors.ts";
import { IMPORT_SWEEP_DEFAULT_SECONDS } from "../db/writer-process.ts";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const int = (min: number, max: number) => z.coerce.number({ error: `expected a whole number from ${min} to ${max}` }).int().min(min).max(max);

/** "100kb", "1mb", "512" (bytes): what body parsers accept. */
const byteSize = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^\d+(b|kb|mb)?$/, "expected a size such as 512kb or 2mb");

export const serviceEnvSchema = z.object({
  PORT: int(0, 65535).default(3000),
  /** Interface to listen on: loopback unless set (0.0.0.0 for every interface, e.g. in a container). */
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  /**
   * Express `trust proxy`: behind a reverse proxy, the proxy's address(es) or hop count, so rate
   * limits see the client's address from X-Forwarded-For (e.g. "loopback" or "1"). Default: off.
   */
  TRUST_PROXY: z.string().trim().default("false"),
  /** Comma-separated origins allowed by CORS (the knowledge centre's site); empty: none. */
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: "expected origins such as https://kenniscentrum.example.be, separated by commas" }))),
  /**
   * Comma-separated origins allowed to frame the embeddable maps (CSP frame-ancestors) and to call
   * the API from the browser (added to CORS). Empty: nothing may frame them.
   */
  EMBED_ORIGINS: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: "expected origins such as https://kenniscentrum.example.be, separated by commas" }))),
  /** How often an embedded map asks whether a new analysis run completed (ETag polling). */
  EMBED_REFRESH_SECONDS: int(2, 3600).default(30),
  /**
   * Whether open (undecided) suggestions appear on the public maps and embeds: "off" (default)
   * shows confirmed collaborations only, and no suggestion, score or reason leaves the service
   * through a public surface; "on" publishes them (drawn dashed, with their reasons).
   */
  PUBLIC_SUGGESTIONS: z.enum(["on", "off"], { error: "expected on or off" }).default("off"),
  /** Where the built browser code is (npm run build:web); the default is dist/web in the checkout. */
  WEB_DIR: z.string().trim().min(1, "expected a folder path").optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of: ${LOG_LEVELS.join(", ")}` }).default("info"),
  /** Largest JSON body accepted. */
  BODY_LIMIT: byteSize.default("1mb"),
  /** Largest uploaded import file. */
  UPLOAD_LIMIT: byteSize.default("20mb"),
  /** Where uploaded import files are kept while their import runs (removed when it answers); default: a folder in the OS's temporary directory. */
  UPLOAD_DIR: z.string().trim().min(1, "expected a folder path").optional(),
  RATE_LIMIT_WINDOW_MS: int(1000, 86_400_000).default(60_000),
  /** Write requests (POST/PATCH/PUT/DELETE) per client per window. */
  RATE_LIMIT_WRITE_MAX: int(1, 1_000_000).default(120),
  /** Token-management requests per client per window. */
  RATE_LIMIT_TOKEN_MAX: int(1, 1_000_000).default(20),
  /** Requests with an unknown or revoked bearer token per client address per window. */
  RATE_LIMIT_FAILED_AUTH_MAX: int(1, 1_000_000).default(30),
  /** Anonymous graph views (/api/v1/graph/…) per client address per window; callers with a token are not counted. */
  RATE_LIMIT_VIEW_MAX: int(1, 1_000_000).default(30),
  /** Anonymous exports (/api/v1/export without a token) per client address per window. */
  RATE_LIMIT_EXPORT_MAX: int(1, 1_000_000).default(10),
  /** Public exports prepared at once (each a whole-graph read); a request that would start another gets 503. */
  PUBLIC_EXPORT_BUILDS_MAX: int(1, 100).default(2),
  /** Where the public export's files are kept (one per format and data version); default: a folder in the OS's temporary directory. */
  EXPORT_CACHE_DIR: z.string().trim().min(1, "expected a folder path").optional(),
  /**
   * Memory for the answers of derived reads (graph views, maps, suggestions, opportunities,
   * communities), kept as bytes per data version: e.g. 64mb; 0 turns the cache off.
   */
  RESPONSE_CACHE_BYTES: byteSize.default("64mb"),
  /**
   * Share of reads (GET/HEAD) written to the request log, from 0 to 1: 1 logs every request; 0.01
   * one read in a hundred. Writes are always logged; the error handler logs a read's server error.
   */
  REQUEST_LOG_SAMPLE: z.coerce.number({ error: "expected a number from 0 to 1" }).min(0, "expected a number from 0 to 1").max(1, "expected a number from 0 to 1").default(1),
  /** How long the driver retries a query while Neo4j is unreachable before the API answers 503. */
  NEO4J_RETRY_MS: int(0, 60_000).default(1500),
  /** Seconds a client is told to wait (Retry-After) when Neo4j is unreachable or a cap is reached. */
  RETRY_AFTER_SECONDS: int(1, 3600).default(5),
  /** How often the service looks for staged imports whose writer stopped, and undoes them. */
  IMPORT_SWEEP_SECONDS: int(5, 86_400).default(IMPORT_SWEEP_DEFAULT_SECONDS),
  /** Open map event streams (anonymous server-sent events) per client address. */
  EVENT_STREAMS_PER_CLIENT: int(1, 10_000).default(10),
  /** Open map event streams in all; keep it well below the process's open-file limit (ulimit -n). */
  EVENT_STREAMS_MAX: int(1, 100_000).default(1000),
  /** Seconds after which an event stream is closed (the browser reconnects by itself). */
  EVENT_STREAM_MAX_AGE_SECONDS: int(5, 86_400).default(900),
});

export type ServiceConfig = z.output<typeof serviceEnvSchema>;

export function parseServiceEnv(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return parseInput(serviceEnvSchema, env, "environment");
}

/** "2mb" → bytes, for multer's limits. */
export function bytes(size: string): number {
  const m = /^(\d+)(b|kb|mb)?$/.exec(size);
  if (!m) throw new ConfigError(`invalid size ${size}`);
  return Number(m[1]) * (m[2] === "mb" ? 1024 * 1024 : m[2] === "kb" ? 1024 : 1);
}
