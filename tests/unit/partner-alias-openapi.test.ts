// The OpenAPI document says, on every /partners/{id} route, that an id merged away stands for the
// kept partner and that Content-Location names it; the list of runs says it leaves the models out.
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../../src/http/openapi.ts";
import { ALL_ROUTES } from "../../src/http/routes/index.ts";

const doc = buildOpenApiDocument(ALL_ROUTES, { version: "test" }) as unknown as { paths: Record<string, Record<string, { summary: string; description: string }>> };

describe("OpenAPI: merged partner ids and the runs list", () => {
  it("documents alias resolution on GET, PATCH, DELETE and contacts of a partner", () => {
    for (const [path, method] of [["/api/v1/partners/{id}", "get"], ["/api/v1/partners/{id}", "patch"], ["/api/v1/partners/{id}", "delete"], ["/api/v1/partners/{id}/recommendations/partners", "get"]] as const) {
      const op = doc.paths[path]![method]!;
      expect(op.description, `${method} ${path}`).toContain("merged into another partner stands for that partner");
      expect(op.description, `${method} ${path}`).toContain("Content-Location");
    }
  });

  it("says the list of runs leaves the models out", () => {
    expect(doc.paths["/api/v1/analysis/runs"]!.get!.summary).toMatch(/without their recommendation models/);
  });
});
