// Diagonal's one error vocabulary. Every failure a user can cause or meet has a stable problem id
// (kebab-case) with one HTTP status and title; domain errors are classes that carry their id, so
// the HTTP API maps them by class (http/error-handler.ts) and the CLI prints their message. Zod
// failures become a ValidationError through one function, ValidationError.fromZod, whatever the
// entry point: an HTTP body, query or path, a CLI flag, an environment variable.
import type { z } from "zod";

export const PROBLEMS = {
  "validation-failed": { status: 400, title: "The request is not valid" },
  "malformed-json": { status: 400, title: "The request body is not valid JSON" },
  "import-invalid": { status: 400, title: "The import files have problems; nothing was written" },
  unauthorized: { status: 401, title: "A valid bearer token is required" },
  forbidden: { status: 403, title: "Your role may not do this" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "The path does not take this method" },
  conflict: { status: 409, title: "The request conflicts with the current state" },
  "decision-changed": { status: 409, title: "The decision on this pair changed since you saw it" },
  "sync-unconfirmed": { status: 409, title: "The sync would remove more than the threshold allows; confirm with the dry run's removal count" },
  "payload-too-large": { status: 413, title: "The request body is too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported content type" },
  "rate-limited": { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
  "database-unavailable": { status: 503, title: "The graph database is unavailable; try again shortly" },
  "query-too-large": { status: 503, title: "The answer needs more memory than the graph database allows for one query" },
  "pdf-unavailable": { status: 503, title: "PDF printing (headless Chromium) is not available on this server" },
  "service-busy": { status: 503, title: "The service holds as many of these requests as it allows at once; try again shortly" },
} as const;
export type ProblemId = keyof typeof PROBLEMS;

/** One invalid field: where it is (body, query, path, flag, environment, a file), what was wrong, the value. */
export interface FieldError {
  field: string;
  in?: string;
  message: string;
  value?: unknown;
}

/** A value echoed back in an error, cut so a large input is never reflected whole. */
export function shownValue(v: unknown): unknown {
  if (typeof v === "string") return v.length > 200 ? `${v.slice(0, 199)}…` : v;
  if (v === undefined || v === null || typeof v === "number" || typeof v === "boolean") return v;
  const s = JSON.stringify(v);
  return s !== undefined && s.length > 200 ? `${s.slice(0, 199)}…` : v;
}

export class DomainError extends Error {
  constructor(message: string, readonly problem: ProblemId, readonly details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
  }
  get status(): number {
    return PROBLEMS[this.problem].status;
  }
}

/** Something named by id does not exist. */
export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super(`${what} "${id}" not found`, "not-found", { what, id });
  }
}

/**
 * A read ran out of the Neo4j server's transaction memory (dbms.memory.transaction.total.max or
 * db.memory.transaction.max). Not retried: it would need the same memory again.
 */
export class QueryTooLargeError extends DomainError {
  constructor(query: string, cause: Error) {
    super(
      `this answer needs more memory than the Neo4j server allows for one query (${query}: ${cause.message.split("\n")[0]}). ` +
        "Ask for less (a smaller limit, depth 1), or give the server more transaction memory (dbms.memory.transaction.total.max).",
      "query-too-large",
      { query },
    );
    this.cause = cause;
  }
}

/** The request clashes with the current state (an id in use, an analysis already running). */
export class ConflictError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, "conflict", details);
  }
}

/** What a pair's decision is now, as a stale writer is told. */
export interface CurrentDecision {
  pairKey: string;
  version: number;
  decision: "accepted" | "rejected" | "open";
  decidedBy?: string;
  decidedAt?: string;
  note?: string;
}

/**
 * A decision sent with the version its sender saw, while someone else decided the pair since (two
 * browser tabs, two coordinators): nothing is written, and the current state is named.
 */
export class DecisionChangedError extends DomainError {
  constructor(readonly current: CurrentDecision, readonly expectedVersion: number) {
    const who = [current.decidedBy ? `by ${current.decidedBy}` : "", current.decidedAt ? `at ${current.decidedAt}` : ""].filter(Boolean).join(" ");
    super(
      `the decision on ${current.pairKey.replace("|", " ↔ ")} changed since you saw it: it is now ${current.decision} (version ${current.version}${who ? `, ${who}` : ""}), ` +
        `you sent version ${expectedVersion}; nothing was written. Reload the pair and decide again.`,
      "decision-changed",
      { current, expectedVersion },
    );
  }
}

/**
 * A sync would remove more than the threshold allows (or a row an accepted decision is about) and
 * was not confirmed (`--yes`, or HTTP `confirm` equal to the dry run's removal count). Nothing was written.
 */
export class SyncUnconfirmedError extends DomainError {
  constructor(message: string, details: { removals: number; [key: string]: unknown }) {
    super(message, "sync-unconfirmed", details);
  }
}

/** The caller's role may not do this. */
export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(message, "forbidden");
  }
}

/** Where an input came from, which decides how its fields are named in messages. */
export type InputPlace = "body" | "query" | "path" | "flag" | "environment" | "input";

/** A field's name as the user typed it: `--per-project` for a flag, `NEO4J_URI` for a variable. */
function fieldName(path: readonly PropertyKey[], where: InputPlace): string {
  const dotted = path.map(String).join(".");
  if (where === "flag") return dotted ? `--${dotted.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : "(arguments)";
  return dotted || "(root)";
}

/** The input is well-formed but not acceptable: each invalid field is named, with what was expected. */
export class ValidationError extends DomainError {
  readonly fields: FieldError[];
  constructor(message: string, field?: string | FieldError[], value?: unknown) {
    const fields = Array.isArray(field) ? field : field ? [{ field, message, ...(value === undefined ? {} : { value: shownValue(value) }) }] : [];
    super(message, "validation-failed", fields.length === 1 && !Array.isArray(field) ? { field, value } : undefined);
    this.fields = fields;
  }

  get field(): string | undefined {
    return this.fields[0]?.field;
  }

  /**
   * A zod failure as a ValidationError naming every field the way the user wrote it. `what` names
   * the whole input where it has no place of its own ("input": the parameters a service was given).
   */
  static fromZod(error: z.ZodError, input: unknown, where: InputPlace, what = "input"): ValidationError {
    const fields = zodFieldErrors(error, input, where);
    const first = fields[0]!;
    const more = fields.length > 1 ? ` (and ${fields.length - 1} more)` : "";
    const got = (f: FieldError) => (f.value === undefined ? "" : ` (got ${JSON.stringify(f.value)})`);
    let message: string;
    if (where === "environment") message = `invalid environment:\n${fields.map((f) => `  ${f.field}: ${f.message}${got(f)}`).join("\n")}`;
    else if (where === "flag") message = fields.map((f) => `${f.field}: ${f.message}${got(f)}`).join("; ");
    else if (where === "input") message = `invalid ${what}: ${fields.map((f) => `${f.field === "(root)" ? what : f.field}: ${f.message}${got(f)}`).join("; ")}`;
    else message = `${where} field ${first.field}: ${first.message}${more}`;
    return where === "environment" ? new ConfigError(message, fields) : new ValidationError(message, fields);
  }
}

/** A setting in the environment is missing or invalid; the service does not start. */
export class ConfigError extends ValidationError {}

/** A ZodError as field errors: the field's name, the message, the offending value. */
export function zodFieldErrors(error: z.ZodError, input: unknown, where: InputPlace): FieldError[] {
  return error.issues.map((issue) => {
    // A variable is one value, whatever the schema made of it (a list of origins, say).
    const path = where === "environment" ? issue.path.slice(0, 1) : issue.path;
    let value: unknown = input;
    for (const key of path) value = value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    const field = fieldName(path, where);
    // A schema message may name its field already ("seed: expected …"); it is named once.
    const dotted = path.map(String).join(".");
    let message = issue.code === "unrecognized_keys" ? `unknown field(s): ${issue.keys.join(", ")}` : issue.message;
    for (const prefix of [`${field}: `, dotted ? `${dotted}: ` : undefined]) if (prefix && message.startsWith(prefix)) message = message.slice(prefix.length);
    return { field, in: where, message, ...(value === undefined ? {} : { value: shownValue(value) }) };
  });
}

/** Parses input with a shared zod schema; a failure is a ValidationError naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: InputPlace, what?: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw ValidationError.fromZod(parsed.error, input, where, what);
}

/**
 * Messages a problem document names besides its text, so a client shows them in its reader's
 * language: every problem id is a message of its own (its title), and these say more, with the
 * names of their parameters. A problem document carries `messageId` and `params`; the workspace's
 * catalogue has each id in Dutch and English (a test checks that it has every one).
 */
export const PROBLEM_MESSAGES = {
  "unauthorized.no-token": ["required"],
  "unauthorized.bad-header": [],
  "unauthorized.unknown-token": [],
  "forbidden.role": ["required", "role"],
  "not-found.item": ["what", "id"],
  "not-found.route": ["method", "path"],
  "validation-failed.field": ["field", "count"],
  "import-invalid.problems": ["count"],
  "decision-changed.current": ["decision", "version", "by"],
} as const satisfies Record<string, readonly string[]>;
export type MessageId = ProblemId | keyof typeof PROBLEM_MESSAGES;
export type MessageParams = Record<string, string | number>;
/** Every message id a problem document may carry. */
export const MESSAGE_IDS = [...Object.keys(PROBLEMS), ...Object.keys(PROBLEM_MESSAGES)] as MessageId[];

/**
 * Messages a background job's status names besides its English `error` (an analysis job that
 * failed), with the names of their parameters; the workspace's catalogue has each in Dutch and
 * English. A job that failed on a domain error names that error's problem id instead.
 */
export const JOB_MESSAGES = {
  "analysis-failed": ["stage"],
  "analysis-failed.stopped": ["stage"],
  "analysis-failed.too-few-projects": ["count"],
} as const satisfies Record<string, readonly string[]>;
export type JobMessageId = keyof typeof JOB_MESSAGES;
