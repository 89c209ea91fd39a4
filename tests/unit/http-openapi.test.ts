// The OpenAPI document: valid OpenAPI 3.1 (checked with @seriousme/openapi-schema-validator),
// one operation per declared route with its role, every $ref resolving, and the reference page
// listing every operation.
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { renderDocsPage } from "../../src/http/docs-page.ts";
import { buildOpenApiDocument } from "../../src/http/openapi.ts";
import { ALL_ROUTES } from "../../src/http/routes/index.ts";

const doc = buildOpenApiDocument(ALL_ROUTES, { version: "test" }) as unknown as Record<string, any>;

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1.0 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(JSON.parse(JSON.stringify(doc)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("has one operation per declared route, with its role and security", () => {
    const operations = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ key: `${method} ${path}`, op })),
    );
    expect(operations.map((o) => o.key).sort()).toEqual(ALL_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    for (const route of ALL_ROUTES) {
      const op = doc.paths[route.path][route.method];
      expect(op.operationId).toBe(route.operationId);
      expect(op["x-role"]).toBe(route.role);
      expect(op.responses[String(route.status ?? 200)]).toBeDefined();
      expect(op.responses["503"].content["application/problem+json"]).toBeDefined();
      if (route.role !== "public") expect(op.security).toEqual([{ bearer: [] }]);
    }
  });

  it("documents path and query parameters from the shared schemas", () => {
    const list = doc.paths["/api/v1/projects"].get;
    const names = list.parameters.map((p: { name: string }) => p.name).sort();
    expect(names).toEqual(["limit", "offset", "order", "partner", "q", "region", "sort", "status", "theme"]);
    const status = list.parameters.find((p: { name: string }) => p.name === "status");
    expect(status.schema.enum).toEqual(["planned", "active", "completed", "stopped"]);
    const get = doc.paths["/api/v1/projects/{id}"].get;
    expect(get.parameters).toEqual([expect.objectContaining({ name: "id", in: "path", required: true })]);
    expect(doc.paths["/api/v1/projects"].post.requestBody.content["application/json"].schema.properties.start).toMatchObject({ type: "string", pattern: "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$" });
  });

  it("declares 404 where an id in the query may name nothing", () => {
    for (const [path, method] of [["/api/v1/suggestions", "get"], ["/api/v1/analysis/diff", "get"], ["/api/v1/communities", "get"], ["/api/v1/opportunities", "get"], ["/api/v1/analysis/runs/{id}", "delete"]]) {
      expect(Object.keys(doc.paths[path!][method!].responses), `${method} ${path}`).toContain("404");
    }
  });

  it("resolves every $ref to a component", () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(20);
    for (const ref of all) {
      const target = ref.replace(/^#\//, "").split("/").reduce<any>((o, k) => o?.[k], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it("renders a self-contained reference page listing every operation and problem type", () => {
    const html = renderDocsPage(doc);
    expect(html).not.toMatch(/<script|https?:\/\/(?!kenniscentrum)/);
    for (const route of ALL_ROUTES) expect(html).toContain(`id="op-${route.operationId}"`);
    expect(html).toContain('id="problem-database-unavailable"');
    expect(html).toContain('href="#schema-Project"');
  });

  it("states the rules the server enforces: enums, read-only ids, required combinations, examples", () => {
    const json = (path: string, method: string) => doc.paths[path][method].requestBody.content["application/json"].schema;
    const query = (path: string, name: string) => doc.paths[path].get.parameters.find((p: { name: string }) => p.name === name).schema;
    expect(query("/api/v1/export", "format")).toMatchObject({ enum: ["gexf", "graphml", "csv", "json"] });
    expect(query("/api/v1/export", "table")).toMatchObject({ enum: ["suggestions", "decisions", "opportunities"] });
    expect(query("/api/v1/reports/{kind}", "format")).toMatchObject({ enum: ["html", "md", "json", "pdf"] });
    expect(query("/api/v1/reports/{kind}", "lang")).toMatchObject({ enum: ["nl", "en"] });
    for (const path of ["/api/v1/projects/{id}", "/api/v1/partners/{id}", "/api/v1/outcomes/{id}", "/api/v1/themes/{id}"]) {
      const body = json(path, "patch");
      expect(body.properties.id).toMatchObject({ readOnly: true });
      expect(body.required ?? []).toEqual([]);
      expect(body.additionalProperties).toBe(false);
      expect(body.example).toBeDefined();
    }
    // Text must hold a non-blank character; a website is http(s).
    expect(json("/api/v1/projects", "post").properties.name).toMatchObject({ pattern: "\\S" });
    expect(json("/api/v1/projects", "post").properties.website.pattern).toBe("^https?:\\/\\/[^\\s/?#]+");
    expect(doc.paths["/api/v1/export"].get.responses["404"]).toBeDefined();
    expect(json("/api/v1/outcomes", "post").example).toMatchObject({ project: "ln-talent-kmo" });
    for (const path of ["/api/v1/recommendations/partners", "/api/v1/recommendations/networks"]) {
      const body = json(path, "post");
      expect(body.anyOf.map((a: { required: string[] }) => a.required)).toEqual([["themes"], ["description"], ["lead"], ["leads"]]);
      expect(body.example.themes.length).toBeGreaterThan(0);
    }
  });
});
