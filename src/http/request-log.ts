// Structured request logs (pino-http) with a request id: a valid incoming X-Request-Id is kept
// (so a client or proxy can follow one request through), otherwise one is made; it is sent back.
// Reads can be sampled (REQUEST_LOG_SAMPLE): on a busy embed, a child logger and a line per cached
// map cost more than serving it. Every n-th read is logged (no randomness: n = 1 / sample); a read
// left out still gets its request id and the service's logger, so the error handler logs its
// failures. Writes are always logged, and failed reads are too when they are sampled in.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const READS = new Set(["GET", "HEAD"]);

/** The request's id: a valid incoming X-Request-Id, otherwise a new one (not yet sent). */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers["x-request-id"];
  return typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const id = requestIdOf(req);
  res.setHeader("X-Request-Id", id);
  return id;
}

/** Whether the next read is logged: every n-th one (n = 1 / sample; none for 0), no randomness. */
export function readSampler(sample: number): () => boolean {
  const every = sample > 0 ? Math.max(1, Math.round(1 / sample)) : 0;
  let reads = 0;
  return () => {
    if (every === 0) return false;
    reads = (reads + 1) % every;
    return reads === 0;
  };
}

export function requestLog(logger: Logger, sample = 1): RequestHandler {
  const log = pinoHttp({
    logger,
    genReqId: requestId,
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
    redact: { paths: ["req.headers.authorization", "req.headers.cookie"], censor: "[redacted]" },
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  const sampled = readSampler(sample);
  if (sample >= 1) return log;
  return (req, res, next) => {
    if (READS.has(req.method)) {
      if (!sampled()) {
        req.id = requestId(req, res);
        req.log = logger;
        return next();
      }
    }
    log(req, res, next);
  };
}
