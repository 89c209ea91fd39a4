// Every error the API can answer with, as an RFC 9457 problem document (application/problem+json).
// The problem ids, statuses and titles are the product's one error vocabulary (src/errors.ts);
// HttpProblem carries the HTTP-only ones (401, 429, malformed JSON) and what a domain error maps
// to. Clients branch on the id, people read `title` and `detail`. Stack traces never leave the process.
import { z } from "zod";
import { parseInput, PROBLEMS, type FieldError, type MessageId, type MessageParams, type ProblemId } from "../errors.ts";

/** Where a problem type is described: the API reference page lists them all. */
export const problemType = (id: ProblemId) => `/api/docs#problem-${id}`;

export class HttpProblem extends Error {
  readonly status: number;
  constructor(
    readonly id: ProblemId,
    readonly detail: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string>; messageId?: MessageId; params?: MessageParams; [k: string]: unknown } = {},
  ) {
    super(detail);
    this.name = "HttpProblem";
    this.status = PROBLEMS[id].status;
  }
}

/** The problem document sent to the client: its message id (the problem's own unless it names a finer one) and parameters go with the text. */
export function problemBody(p: HttpProblem, instance: string, requestId?: string) {
  const { headers: _headers, messageId, params, ...extra } = p.extra;
  return { type: problemType(p.id), title: PROBLEMS[p.id].title, status: p.status, detail: p.detail, messageId: messageId ?? p.id, params: params ?? {}, instance, requestId, ...extra };
}

/** The OpenAPI schema of a problem document. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    messageId: z.string().meta({ description: "The message's id in the workspace's catalogue (the problem id, or a finer one such as forbidden.role), for a client that shows it in its reader's language" }),
    params: z.record(z.string(), z.union([z.string(), z.number()])).meta({ description: "The message's parameters (e.g. required and role for forbidden.role)" }),
    instance: z.string(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), in: z.string().optional(), message: z.string(), value: z.unknown().optional() })).optional(),
  })
  .meta({ id: "Problem" });

/** Parses request input with a shared zod schema; a failure is a ValidationError (→ 400 naming each field). */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where: "body" | "query" | "path"): z.output<S> {
  return parseInput(schema, input, where);
}
