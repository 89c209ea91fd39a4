// Error mapping: validate() names each field; driver, body-parser, multer, import and domain
// errors become the right problem ids and statuses (domain errors by class), and nothing internal leaks.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isDatabaseUnavailable, toHttpProblem } from "../../src/http/error-handler.ts";
import { HttpProblem, problemBody, validate } from "../../src/http/errors.ts";
import { ImportValidationError } from "../../src/importer/problems.ts";
import { projectSchema } from "../../src/schemas/index.ts";
import { ConfigError, ConflictError, ForbiddenError, NotFoundError, parseInput, QueryTooLargeError, ValidationError } from "../../src/errors.ts";

const problemOf = (err: unknown) => toHttpProblem(err, 5);

describe("validate", () => {
  it("turns a ZodError into a 400 naming each field with its value", () => {
    try {
      validate(projectSchema, { id: "p 1", name: "x", start: "yesterday" }, "body");
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ValidationError);
      const p = problemOf(err)!;
      expect(p.status).toBe(400);
      expect(p.extra.errors).toEqual([
        { field: "id", in: "body", message: expect.stringMatching(/expected an identifier/), value: "p 1" },
        { field: "start", in: "body", message: "expected a date as YYYY-MM-DD, YYYY-MM or YYYY", value: "yesterday" },
      ]);
      expect(p.detail).toMatch(/^body field id: expected an identifier.*\(and 1 more\)$/);
    }
  });

  it("names nested fields with a dotted path and cuts long values", () => {
    const schema = z.object({ weights: z.object({ text: z.number() }), note: z.string().max(5) });
    try {
      validate(schema, { weights: { text: "x" }, note: "y".repeat(500) }, "body");
    } catch (err) {
      const errors = problemOf(err)!.extra.errors!;
      expect(errors.map((e) => e.field)).toEqual(["weights.text", "note"]);
      expect(String(errors[1]!.value).length).toBe(200);
    }
  });
});

describe("toHttpProblem", () => {
  it("says a read that outgrew Neo4j's transaction memory is too large, and how to ask for less (503, no Retry-After)", () => {
    const neo4j = Object.assign(new Error("The allocation of an extra 2.0 MiB would use more than the limit 384.0 MiB."), { code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError" });
    const p = problemOf(new QueryTooLargeError("views/project-neighbourhood", neo4j))!;
    expect([p.id, p.status, p.extra.headers]).toEqual(["query-too-large", 503, undefined]);
    expect(p.detail).toMatch(/more memory than the Neo4j server allows for one query .*a smaller limit, depth 1/);
  });

  it("maps an unreachable Neo4j to 503 with Retry-After", () => {
    for (const code of ["ServiceUnavailable", "SessionExpired"]) {
      const p = problemOf(Object.assign(new Error("Could not perform discovery"), { code }))!;
      expect([p.id, p.status, p.extra.headers]).toEqual(["database-unavailable", 503, { "Retry-After": "5" }]);
    }
    expect(isDatabaseUnavailable(new Error("Connection acquisition timed out in 10000 ms"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("syntax"), { code: "Neo.ClientError.Statement.SyntaxError" }))).toBe(false);
  });

  it("maps body-parser and multer errors", () => {
    expect(problemOf(Object.assign(new Error("too large"), { type: "entity.too.large" }))!.status).toBe(413);
    expect(problemOf(Object.assign(new SyntaxError("Unexpected token"), { type: "entity.parse.failed" }))!.id).toBe("malformed-json");
    expect(problemOf(Object.assign(new Error("File too large"), { name: "MulterError", code: "LIMIT_FILE_SIZE" }))!.status).toBe(413);
    expect(problemOf(Object.assign(new Error("Unexpected field"), { name: "MulterError", code: "LIMIT_UNEXPECTED_FILE", field: "file" }))!.extra.errors).toEqual([
      { field: "file", in: "body", message: "Unexpected field" },
    ]);
  });

  it("maps domain errors and import problems", () => {
    expect(problemOf(new NotFoundError("project", "p9"))).toMatchObject({ id: "not-found", status: 404, detail: 'project "p9" not found' });
    expect(problemOf(new ConflictError("taken", { id: "x" }))).toMatchObject({ id: "conflict", status: 409, extra: { details: { id: "x" } } });
    expect(problemOf(new ValidationError("expected an existing project", "project", "zz"))!.extra.errors).toEqual([
      { field: "project", message: "expected an existing project", value: "zz" },
    ]);
    const imp = problemOf(new ImportValidationError([{ file: "projects.csv", row: 3, column: "start", value: "2023-13-45", expected: "a date", message: 'expected a date, got "2023-13-45"' }]))!;
    expect(imp).toMatchObject({ id: "import-invalid", status: 400 });
    expect(imp.extra.errors).toEqual([{ field: "row 3, start", in: "projects.csv", message: 'expected a date, got "2023-13-45"', value: "2023-13-45" }]);
  });

  it("leaves unknown errors unmapped (a generic 500), and problem bodies carry no stack", () => {
    expect(problemOf(new TypeError("x is undefined"))).toBeUndefined();
    const body = problemBody(new HttpProblem("internal", "something went wrong", { headers: { "Retry-After": "1" } }), "/api/v1/x", "rid");
    expect(body).toEqual({ type: "/api/docs#problem-internal", title: "Internal error", status: 500, detail: "something went wrong", messageId: "internal", params: {}, instance: "/api/v1/x", requestId: "rid" });
  });
});

describe("one error vocabulary", () => {
  it("maps a domain error by its class, whatever status number it would have guessed", () => {
    expect(problemOf(new ForbiddenError("only an admin may prune runs"))).toMatchObject({ id: "forbidden", status: 403 });
    class RunLocked extends ConflictError {}
    expect(problemOf(new RunLocked("a run is being written"))).toMatchObject({ id: "conflict", status: 409 });
  });

  it("names CLI flags and environment variables as the user typed them", () => {
    const flags = z.object({ perProject: z.coerce.number().int().min(1, "expected at least 1") });
    expect(() => parseInput(flags, { perProject: "0" }, "flag")).toThrow('--per-project: expected at least 1 (got "0")');
    const env = z.object({ PORT: z.coerce.number({ error: "expected a port" }) });
    expect(() => parseInput(env, { PORT: "x" }, "environment")).toThrow(ConfigError);
    expect(() => parseInput(env, { PORT: "x" }, "environment")).toThrow('PORT: expected a port (got "x")');
  });

  it("names a field once when the schema's own message already names it", () => {
    const schema = z.object({ seed: z.number({ error: "seed: expected a whole number" }) });
    expect(() => parseInput(schema, { seed: "x" }, "input", "analysis parameters")).toThrow('invalid analysis parameters: seed: expected a whole number (got "x")');
  });
});
