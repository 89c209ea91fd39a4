// Every error the API can answer with, as an RFC 9457 problem document (application/problem+json).
// Each problem has a stable id (its `type` URI ends in it) and one status; clients branch on the
// id, people read `title` and `detail`. Stack traces never leave the process.
import { z } from "zod";

export const PROBLEMS = {
  "validation-failed": { status: 400, title: "The request is not valid" },
  "malformed-json": { status: 400, title: "The request body is not valid JSON" },
  "import-invalid": { status: 400, title: "The import files have problems; nothing was written" },
  unauthorized: { status: 401, title: "A valid bearer token is required" },
  forbidden: { status: 403, title: "Your role may not do this" },
  "not-found": { status: 404, title: "Not found" },
  conflict: { status: 409, title: "The request conflicts with the current state" },
  "payload-too-large": { status: 413, title: "The request body is too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported content type" },
  "rate-limited": { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
  "database-unavailable": { status: 503, title: "The graph database is unavailable; try again shortly" },
  "pdf-unavailable": { status: 503, title: "PDF printing (headless Chromium) is not available on this server" },
} as const;
export type ProblemId = keyof typeof PROBLEMS;

/** Where a problem type is described: the API reference page lists them all. */
export const problemType = (id: ProblemId) => `/api/docs#problem-${id}`;

export interface FieldError {
  field: string;
  /** Where the field is: body, query, path or a file. */
  in?: string;
  message: string;
  value?: unknown;
}

export class HttpProblem extends Error {
  readonly status: number;
  constructor(readonly id: ProblemId, readonly detail: string, readonly extra: { errors?: FieldError[]; headers?: Record<string, string>; [k: string]: unknown } = {}) {
    super(detail);
    this.name = "HttpProblem";
    this.status = PROBLEMS[id].status;
  }
}

/** The problem document sent to the client. */
export function problemBody(p: HttpProblem, instance: string, requestId?: string) {
  const { headers: _headers, ...extra } = p.extra;
  return { type: problemType(p.id), title: PROBLEMS[p.id].title, status: p.status, detail: p.detail, instance, requestId, ...extra };
}

/** The OpenAPI schema of a problem document. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), in: z.string().optional(), message: z.string(), value: z.unknown().optional() })).optional(),
  })
  .meta({ id: "Problem" });

/** A value echoed back in an error, cut so a large body is never reflected whole. */
export function shownValue(v: unknown): unknown {
  if (typeof v === "string") return v.length > 200 ? `${v.slice(0, 199)}…` : v;
  if (v === undefined || v === null || typeof v === "number" || typeof v === "boolean") return v;
  const s = JSON.stringify(v);
  return s !== undefined && s.length > 200 ? `${s.slice(0, 199)}…` : v;
}

/** A ZodError as field errors: the dotted path to the field, the message, the offending value. */
export function zodFieldErrors(error: z.ZodError, input: unknown, where: string): FieldError[] {
  return error.issues.map((issue) => {
    let value: unknown = input;
    for (const key of issue.path) value = value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    const field = issue.path.map(String).join(".") || "(root)";
    const message = issue.code === "unrecognized_keys" ? `unknown field(s): ${issue.keys.join(", ")}` : issue.message;
    return { field, in: where, message, ...(value === undefined ? {} : { value: shownValue(value) }) };
  });
}

/** Parses input with a shared zod schema; a failure is a 400 naming each field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where: "body" | "query" | "path"): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors = zodFieldErrors(parsed.error, input, where);
  const first = errors[0]!;
  throw new HttpProblem("validation-failed", `${where} field ${first.field}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ""}`, { errors });
}
