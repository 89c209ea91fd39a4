// One API operation, declared once: method, path, the role it needs, the shared zod schemas of
// its inputs and output, and a thin handler (validate → service → presenter). The same
// declaration mounts the Express route, checks the role, and becomes the OpenAPI operation.
import type { ProblemId } from "../errors.ts";
import type { Request, Response } from "express";
import type { z } from "zod";
import type { Database } from "../db/index.ts";
import type { Visibility } from "../services/entities/store.ts";
import type { TokenCache } from "./auth.ts";
import type { AnalysisJobs } from "../services/analysis/jobs.ts";
import type { ResponseCache } from "./response-cache.ts";
import type { PublicExportCache } from "./public-export-cache.ts";
import type { Recommendations } from "../services/recommendation-calls.ts";
import { type Role } from "../schemas/index.ts";

export type Method = "get" | "post" | "patch" | "delete";

/** An uploaded file, kept on disk while its request runs (upload-files.ts). */
export interface UploadedFile {
  /** The name the client gave it (its extension decides the format). */
  name: string;
  /** Where it is kept. */
  path: string;
  bytes: number;
}

export interface Input<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  files: UploadedFile[];
}

export interface RouteContext {
  db: Database;
  role: Role;
  /** What the caller may see: the public role gets the knowledge centre's view. */
  visibility: Visibility;
  req: Request;
  res: Response;
  services: AppServices;
}

/** Long-lived helpers a route may need besides the database. */
export interface AppServices {
  tokenCache: TokenCache;
  analysis: AnalysisJobs;
  /** Bytes of derived answers per data version (routes declared with `cache: true`). */
  responses: ResponseCache;
  /** The public graph export's files, per format and data version. */
  publicExports: PublicExportCache;
  /** Recommendations, answered by the recommender's own worker thread. */
  recommendations: Recommendations;
  /** Open suggestions on the public maps (PUBLIC_SUGGESTIONS=on); off unless set. */
  publicSuggestions?: boolean;
}

export interface RouteSpec<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  operationId: string;
  method: Method;
  /** OpenAPI-style path: /api/v1/projects/{id}. */
  path: string;
  role: Role;
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  /** multipart/form-data upload of files in this field. */
  upload?: { field: string; maxFiles: number };
  /** Success status: 200 unless said otherwise; 204 sends no body. */
  status?: 200 | 201 | 202 | 204;
  /** Schema of the success body: the OpenAPI document's, and the type the handler (its presenter) must return. */
  response?: R;
  /**
   * A GET whose answer is derived data: its bytes are cached per (path, query, caller's visibility,
   * data version) and sent with an ETag (304 for a matching If-None-Match). The handler must depend
   * on nothing but its input, the caller's visibility and the database, and must not use req/res.
   */
  cache?: boolean;
  /** Stricter per-client limits: writes, and token management. */
  rateLimit?: "write" | "token" | "view" | "export";
  /** Problems the operation answers with beyond those its declaration implies (e.g. not-found for an id in the query). */
  errors?: ProblemId[];
  /** Returns the body (typed by `response`), or undefined when it sent the answer itself (files, 204). */
  handle(input: Input<z.output<P>, z.output<Q>, z.output<B>>, ctx: RouteContext): Promise<z.output<R> | undefined>;
}

// Specs of different input types live in one list; each is type-checked where it is defined.
export type AnyRoute = RouteSpec<any, any, any, any>;

/** Declares a route with its input types inferred from its schemas. */
export function defineRoute<P extends z.ZodType = z.ZodObject<{}>, Q extends z.ZodType = z.ZodObject<{}>, B extends z.ZodType = z.ZodUndefined, R extends z.ZodType = z.ZodUnknown>(
  spec: RouteSpec<P, Q, B, R>,
): RouteSpec<P, Q, B, R> {
  return spec;
}

/** /api/v1/projects/{id} → /api/v1/projects/:id */
export const expressPath = (path: string) => path.replace(/\{(\w+)\}/g, ":$1");
