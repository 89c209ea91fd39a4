// Structured request logs (pino-http) with a request id: a valid incoming X-Request-Id is kept
// (so a client or proxy can follow one request through), otherwise one is made; it is sent back.
// Successful reads can be sampled (REQUEST_LOG_SAMPLE): on a busy embed, writing a line per cached
// map costs more than serving it. Every n-th read is logged (no randomness: n = 1 / sample);
// writes, client and server errors always are.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const READS = new Set(["GET", "HEAD"]);

export function requestLog(logger: Logger, sample = 1) {
  const every = sample > 0 ? Math.max(1, Math.round(1 / sample)) : 0;
  let reads = 0;
  const sampledOut = (method: string | undefined) => {
    if (every === 1 || !READS.has(method ?? "")) return false;
    if (every === 0) return true;
    reads = (reads + 1) % every;
    return reads !== 0;
  };
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers["x-request-id"];
      const id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    customLogLevel: (req, res, err) =>
      err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : sampledOut(req.method) ? "silent" : "info",
    redact: { paths: ["req.headers.authorization", "req.headers.cookie"], censor: "[redacted]" },
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
