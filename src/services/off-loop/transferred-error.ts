// An error crossing from a worker thread to the service as plain data, and back into the class the
// HTTP API maps to a problem (src/errors.ts): a structured clone keeps an error's message but not
// its class, its problem id, the import's problems or the driver's error code, and without them an
// import refused in a worker would answer 500 instead of 400 listing the rows.
import { DomainError, ForbiddenError, NotFoundError, SyncUnconfirmedError, ValidationError, type FieldError, type ProblemId } from "../../errors.ts";
import { ImportValidationError, type ImportProblem } from "../../importer/problems.ts";

export interface TransferredError {
  name: string;
  message: string;
  problem?: ProblemId;
  details?: Record<string, unknown>;
  problems?: ImportProblem[];
  fields?: FieldError[];
  /** The first driver or system code on the error or its causes (ServiceUnavailable, ECONNREFUSED). */
  code?: string;
}

function codeOf(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === "string") return e.code;
  }
  return undefined;
}

/** The error as data a worker can post. */
export function transferError(err: unknown): TransferredError {
  const e = err instanceof Error ? err : new Error(String(err));
  const out: TransferredError = { name: e.name, message: e.message };
  const code = codeOf(e);
  if (code) out.code = code;
  if (e instanceof DomainError) {
    out.problem = e.problem;
    if (e.details) out.details = e.details;
    if (e instanceof ImportValidationError) out.problems = e.problems;
    if (e instanceof ValidationError) out.fields = e.fields;
  }
  return out;
}

/** The error again, of the class whose problem it declares (a plain Error, with its code, otherwise). */
export function restoreError(t: TransferredError): Error {
  if (t.problems) return new ImportValidationError(t.problems);
  if (t.problem) {
    const d = t.details ?? {};
    if (t.problem === "validation-failed") return new ValidationError(t.message, t.fields ?? []);
    if (t.problem === "not-found" && typeof d.what === "string" && typeof d.id === "string") return new NotFoundError(d.what, d.id);
    if (t.problem === "sync-unconfirmed") return new SyncUnconfirmedError(t.message, d as { removals: number });
    if (t.problem === "forbidden") return new ForbiddenError(t.message);
    return new DomainError(t.message, t.problem, t.details);
  }
  const err = new Error(t.message) as Error & { code?: string };
  err.name = t.name;
  if (t.code) err.code = t.code;
  return err;
}
