// Turns anything thrown while answering into a problem document: domain errors (src/errors.ts) map
// by class to the problem they declare, an unreachable Neo4j becomes 503 + Retry-After (each request tries the
// database again, so the API recovers on its own), and anything unexpected is logged and
// answered as a plain 500 without details.
import type { ErrorRequestHandler, RequestHandler } from "express";
import { z } from "zod";
import { DecisionChangedError, DomainError, NotFoundError, shownValue, ValidationError, type FieldError } from "../errors.ts";
import { ImportValidationError } from "../services/import-service.ts";
import { HttpProblem, problemBody } from "./errors.ts";
import { presentImportProblem } from "./presenters/import-problem.ts";

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable", "Neo.ClientError.Cluster.NotALeader"]);

/** True for the driver's "cannot reach the server" family of errors. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code)) return true;
    if (typeof e.message === "string" && /connection acquisition timed out|ECONNREFUSED|Pool is closed/i.test(e.message)) return true;
  }
  return false;
}

/** A domain error (src/errors.ts) as the problem its class declares. */
function fromDomainError(err: DomainError): HttpProblem {
  if (err instanceof ImportValidationError) {
    // Capped: the first problems one by one, all of them counted per column and kind in `summary`.
    const first = err.problems.slice(0, err.summary.shown);
    const errors: FieldError[] = first.map((p) => ({
      field: [p.sheet, p.row !== undefined ? `row ${p.row}` : undefined, p.column].filter(Boolean).join(", ") || p.file,
      in: p.file,
      message: p.message,
      ...(p.value === undefined ? {} : { value: shownValue(p.value) }),
    }));
    const more = err.problems.length > first.length ? `; the first ${first.length} are listed, all are counted in summary` : "";
    return new HttpProblem(err.problem, `${err.problems.length} problem(s) in the import; nothing was written${more}`, {
      errors, problems: first.map(presentImportProblem), summary: err.summary, messageId: "import-invalid.problems", params: { count: err.problems.length },
    });
  }
  if (err instanceof ValidationError) {
    const field = err.fields[0]?.field;
    const message = field ? { messageId: "validation-failed.field" as const, params: { field, count: err.fields.length } } : {};
    return new HttpProblem(err.problem, err.message, err.fields.length ? { errors: err.fields, ...message } : {});
  }
  if (err instanceof DecisionChangedError) {
    const { decision, version, decidedBy } = err.current;
    return new HttpProblem(err.problem, err.message, { details: err.details, messageId: "decision-changed.current", params: { decision, version, by: decidedBy ?? "" } });
  }
  if (err instanceof NotFoundError) {
    const { what, id } = (err.details ?? {}) as { what?: string; id?: string };
    return new HttpProblem(err.problem, err.message, what && id ? { messageId: "not-found.item", params: { what, id } } : {});
  }
  return new HttpProblem(err.problem, err.message, err.details ? { details: err.details } : {});
}

export function toHttpProblem(err: unknown, retryAfterSeconds: number): HttpProblem | undefined {
  if (err instanceof HttpProblem) return err;
  if (err instanceof DomainError) return fromDomainError(err);
  if (err instanceof z.ZodError) return fromDomainError(ValidationError.fromZod(err, undefined, "body"));
  if (isDatabaseUnavailable(err)) {
    return new HttpProblem("database-unavailable", "Neo4j cannot be reached at the moment", { headers: { "Retry-After": String(retryAfterSeconds) } });
  }
  const e = (err ?? {}) as { name?: string; message?: string; code?: unknown; type?: unknown; field?: unknown };
  // Body parsers (express.json) mark their errors with a type.
  if (e.type === "entity.too.large") return new HttpProblem("payload-too-large", "the request body is larger than the service accepts");
  if (e.type === "entity.parse.failed") return new HttpProblem("malformed-json", "the request body could not be parsed as JSON");
  if (e.type === "encoding.unsupported" || e.type === "charset.unsupported") return new HttpProblem("unsupported-media-type", e.message ?? "unsupported encoding");
  if (e.name === "MulterError") {
    if (e.code === "LIMIT_FILE_SIZE" || e.code === "LIMIT_FIELD_VALUE") return new HttpProblem("payload-too-large", "an uploaded file is larger than the service accepts");
    return new HttpProblem("validation-failed", `upload: ${e.message}`, { errors: [{ field: String(e.field ?? "files"), in: "body", message: e.message ?? "invalid upload" }] });
  }
  return undefined;
}

export function errorHandler(opts: { retryAfterSeconds: number }): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const problem = toHttpProblem(err, opts.retryAfterSeconds);
    const p = problem ?? new HttpProblem("internal", "something went wrong while answering; the request id identifies it in the logs");
    if (!problem) req.log?.error({ err }, "unhandled error");
    else if (p.status >= 500) req.log?.warn({ err: { message: (err as Error).message, code: (err as { code?: unknown }).code } }, p.id);
    if (res.headersSent) return void res.end();
    for (const [k, v] of Object.entries(p.extra.headers ?? {})) res.setHeader(k, v);
    res.status(p.status).type("application/problem+json").json(problemBody(p, req.originalUrl, req.id ? String(req.id) : undefined));
  };
}

/** Unknown paths: a 404 problem rather than Express's HTML page. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new HttpProblem("not-found", `no route ${req.method} ${req.path}`, { messageId: "not-found.route", params: { method: req.method, path: req.path } }));
};
