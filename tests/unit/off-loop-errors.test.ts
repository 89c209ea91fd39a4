// Errors thrown in a worker thread reach the HTTP error handler as the classes it maps: an import's
// problems stay a 400 listing the rows, a sync beyond the threshold a 409 with its count, an unknown
// run a 404, a lost Neo4j a 503 (its driver code kept), after a structured clone between threads.
import { describe, expect, it } from "vitest";
import { NotFoundError, SyncUnconfirmedError, ValidationError } from "../../src/errors.ts";
import { toHttpProblem } from "../../src/http/error-handler.ts";
import { ImportValidationError, problem } from "../../src/importer/problems.ts";
import { restoreError, transferError } from "../../src/services/off-loop/transferred-error.ts";

const across = (err: unknown) => restoreError(structuredClone(transferError(err)));

describe("errors across the worker boundary", () => {
  it("keeps an import's problems", () => {
    const problems = [problem({ file: "projects.csv", row: 3, column: "start", value: "not a date" }, "expected a date as YYYY-MM-DD")];
    const back = across(new ImportValidationError(problems));
    expect(back).toBeInstanceOf(ImportValidationError);
    expect((back as ImportValidationError).problems).toEqual(problems);
    expect(toHttpProblem(back, 5)?.status).toBe(400);
  });

  it("keeps the problem id and details of domain errors", () => {
    const sync = across(new SyncUnconfirmedError("would remove 40 % of projects", { removals: 12 }));
    expect(sync).toBeInstanceOf(SyncUnconfirmedError);
    expect((sync as SyncUnconfirmedError).details).toEqual({ removals: 12 });
    expect(toHttpProblem(across(new NotFoundError("analysis run", "run-none")), 5)?.status).toBe(404);
    const invalid = across(new ValidationError("invalid export request: format", [{ field: "format", message: "expected gexf" }]));
    expect((invalid as ValidationError).fields).toEqual([{ field: "format", message: "expected gexf" }]);
  });

  it("keeps a driver's code, so a lost Neo4j is still a 503", () => {
    const lost = Object.assign(new Error("Failed to connect to server"), { code: "ServiceUnavailable" });
    const back = across(new Error("write failed", { cause: lost }));
    expect(toHttpProblem(back, 5)).toMatchObject({ status: 503 });
  });
});
