// Answers of derived reads (graph views, maps, suggestion lists, opportunities, communities) kept as
// the bytes that were sent, with a strong ETag, per (operation, path and query after validation,
// the caller's visibility, data version). Public and private visibility are different keys, so a
// body built for an analyst is never sent to the public role. lru-cache bounds the memory by bytes
// (RESPONSE_CACHE_BYTES) and shares one computation among concurrent first requests for a key
// (its fetch() is single-flight). A new data version makes new keys; the old bodies are the least
// recently used and leave first. A hit costs no query (the data version is read at most once a
// second, in the background) and no serialisation: the stored bytes are written as they are.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import { currentDataVersion } from "../services/data-version.ts";
import type { AnyRoute, Input, RouteContext } from "./route.ts";

export interface CachedBody {
  body: Buffer;
  /** Strong ETag of the bytes: equal answers have equal tags, also across versions and processes. */
  etag: string;
}

type Compute = () => Promise<unknown>;

export class ResponseCache {
  /** Bodies computed (misses that ran the handler), for tests and the benchmark. */
  computed = 0;
  private lru: LRUCache<string, CachedBody, Compute> | undefined;

  /** maxBytes 0 turns caching off (every request computes; ETag and 304 still apply). */
  constructor(readonly maxBytes: number) {
    if (maxBytes > 0) {
      this.lru = new LRUCache<string, CachedBody, Compute>({
        maxSize: maxBytes,
        // The key is stored too; a body larger than the whole budget is served but not kept.
        sizeCalculation: (value, key) => value.body.length + key.length,
        fetchMethod: (_key, _stale, { context }) => this.serialise(context),
      });
    }
  }

  /** The bytes for key at this version, computed once however many ask at the same time. */
  async get(key: string, version: string, compute: Compute): Promise<CachedBody> {
    if (!this.lru) return this.serialise(compute);
    const found = await this.lru.fetch(`${version}\n${key}`, { context: compute });
    if (!found) throw new Error(`response cache: no body for ${key}`);
    return found;
  }

  /** The bytes for key at this version if they are held now (never computes, never waits). */
  peek(key: string, version: string): CachedBody | undefined {
    return this.lru?.get(`${version}\n${key}`);
  }

  /** Bytes held now, keys included (never above maxBytes). */
  get size(): number {
    return this.lru?.calculatedSize ?? 0;
  }

  private async serialise(compute: Compute): Promise<CachedBody> {
    this.computed++;
    const body = Buffer.from(JSON.stringify(await compute()));
    return { body, etag: `"${createHash("sha1").update(body).digest("base64url")}"` };
  }
}

/** The cache key of a request: operation, validated path and query (defaults applied), visibility. */
export function responseKey(route: AnyRoute, input: Pick<Input<unknown, unknown, unknown>, "params" | "query">, visibility: RouteContext["visibility"]): string {
  return `${route.operationId}\n${visibility}\n${JSON.stringify(input.params)}\n${JSON.stringify(input.query)}`;
}

/** The cached answer of a route declared with `cache: true` (its handler reads only its input and ctx.db). */
export async function cachedAnswer(route: AnyRoute, input: Input<unknown, unknown, unknown>, ctx: RouteContext, key = responseKey(route, input, ctx.visibility)): Promise<CachedBody> {
  // A hit never waits for the once-a-second read of the version (see currentDataVersion).
  const version = await currentDataVersion(ctx.db, { wait: false });
  return ctx.services.responses.get(key, version.token, async () => {
    const body = await route.handle(input, ctx);
    if (body === undefined) throw new Error(`${route.operationId}: a cached route must return its body`);
    return body;
  });
}

/** True when If-None-Match names this ETag (weak or strong), or is "*". */
export function notModified(req: IncomingMessage, etag: string): boolean {
  const header = req.headers["if-none-match"];
  if (!header) return false;
  return header.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag === etag || tag === `W/${etag}`;
  });
}

/** Clients may keep a cached answer but ask again each time (If-None-Match); authenticated answers already say no-store. */
export const REVALIDATE = "no-cache";
export const CACHED_CONTENT_TYPE = "application/json; charset=utf-8";

/** Writes the stored bytes (or 304 for a matching If-None-Match) straight to the socket. */
export function sendCached(req: IncomingMessage, res: ServerResponse, cached: CachedBody): void {
  res.setHeader("ETag", cached.etag);
  if (!res.hasHeader("Cache-Control")) res.setHeader("Cache-Control", REVALIDATE);
  if (notModified(req, cached.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader("Content-Type", CACHED_CONTENT_TYPE);
  res.setHeader("Content-Length", cached.body.length);
  res.end(cached.body);
}
