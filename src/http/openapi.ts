// The OpenAPI 3.1 document, generated from the route declarations and the shared zod schemas,
// so the reference can never drift from what the API validates.
import * as lib from "@asteasolutions/zod-to-openapi/dist/index.mjs";
import { z } from "zod";
import { PROBLEMS, type ProblemId } from "../errors.ts";
import { problemSchema } from "./errors.ts";
import type { AnyRoute } from "./route.ts";

// The package's "main" is its CommonJS build, which would load a second copy of zod; its ES
// build shares this process's zod (and so sees `.meta()` ids). Its types: zod-to-openapi-esm.d.ts.
lib.extendZodWithOpenApi(z);

/**
 * Schemas created before the extension above (the shared ones in src/schemas) lack `.openapi`,
 * which the generator calls on each path and query parameter; lend them the method.
 */
function withOpenApi(shape: Record<string, z.ZodType>): Record<string, z.ZodType> {
  const method = (z.ZodType.prototype as unknown as { openapi: unknown }).openapi;
  for (const s of Object.values(shape)) if (typeof (s as unknown as { openapi?: unknown }).openapi !== "function") Object.assign(s, { openapi: method });
  return shape;
}

const objectShape = (schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined =>
  schema && "shape" in schema ? (schema as z.ZodObject).shape : undefined;

function problemResponse(ids: ProblemId[]) {
  return {
    description: ids.map((id) => `${PROBLEMS[id].status} ${id}: ${PROBLEMS[id].title}`).join("; "),
    content: { "application/problem+json": { schema: problemSchema } },
  };
}

/** Which failures an operation can answer with, from its declaration. */
function errorResponses(route: AnyRoute) {
  const ids: ProblemId[] = [];
  if (route.params || route.query || route.body || route.upload) ids.push("validation-failed");
  if (route.body) ids.push("malformed-json");
  if (route.upload) ids.push("import-invalid");
  ids.push("unauthorized");
  if (route.role !== "public") ids.push("forbidden");
  if (route.params || route.errors?.includes("not-found")) ids.push("not-found");
  for (const id of route.errors ?? []) if (!ids.includes(id)) ids.push(id);
  if (route.method !== "get") ids.push("conflict");
  if (route.body || route.upload) ids.push("payload-too-large", "unsupported-media-type");
  if (route.rateLimit) ids.push("rate-limited");
  ids.push("internal", "database-unavailable");
  if (route.method === "get") ids.push("query-too-large");
  const byStatus = new Map<number, ProblemId[]>();
  for (const id of ids) byStatus.set(PROBLEMS[id].status, [...(byStatus.get(PROBLEMS[id].status) ?? []), id]);
  return Object.fromEntries([...byStatus].map(([status, list]) => [String(status), problemResponse(list)]));
}

export function buildOpenApiDocument(routes: AnyRoute[], info: { version: string; serverUrl?: string }) {
  const registry = new lib.OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "A token from `diagonal token create --role R --name N`. Without one, a request has the public role.",
  });
  for (const route of routes) {
    const params = objectShape(route.params);
    const query = objectShape(route.query);
    const success: Record<string, unknown> = { description: route.status === 204 ? "Done; no content" : route.status === 202 ? "Accepted" : "OK" };
    if (route.status !== 204 && route.response) success.content = { "application/json": { schema: route.response } };
    registry.registerPath({
      method: route.method,
      path: route.path,
      operationId: route.operationId,
      summary: route.summary,
      description: `${route.description ? `${route.description}\n\n` : ""}Role: **${route.role}** or above.`,
      tags: [route.tag],
      "x-role": route.role,
      security: route.role === "public" ? [{}, { bearer: [] }] : [{ bearer: [] }],
      request: {
        ...(params ? { params: z.object(withOpenApi(params)) } : {}),
        ...(query ? { query: z.object(withOpenApi(query)) } : {}),
        ...(route.body ? { body: { required: true, content: { "application/json": { schema: route.body } } } } : {}),
        ...(route.upload
          ? {
              body: {
                required: true,
                content: {
                  "multipart/form-data": {
                    schema: z.object({ [route.upload.field]: z.array(z.string().meta({ format: "binary" })).max(route.upload.maxFiles) }),
                  },
                },
              },
            }
          : {}),
      },
      responses: { [route.status ?? 200]: success, ...errorResponses(route) },
    } as Parameters<typeof registry.registerPath>[0]);
  }
  const generator = new lib.OpenApiGeneratorV31(registry.definitions, { sortComponents: "alphabetically" });
  const doc = generator.generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Diagonal API",
      version: info.version,
      description:
        "The learning networks on corporate social responsibility (MVO) as a knowledge graph: projects, themes, partners, outcomes, explained collaboration suggestions and opportunities. Errors are RFC 9457 problem documents.",
    },
    servers: [{ url: info.serverUrl ?? "/" }],
  });
  return doc;
}

