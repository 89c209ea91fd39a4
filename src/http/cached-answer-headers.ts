// The header lines of a cached answer, prepared once per stored body: the headers the whole stack
// set for the URL (security headers, Vary, Cache-Control, CORS), then what belongs to the body
// (ETag, Content-Type, Content-Length), then a last slot for the request id. A repeated read writes
// them with one `res.writeHead(status, lines)` of a flat array, which Node turns into the header
// block without the per-header bookkeeping of `setHeader` (its validation, a map of lower-cased
// names, an object rebuilt for every answer). Names keep the case the stack gave them.
import type { ServerResponse } from "node:http";
import { CACHED_CONTENT_TYPE, REVALIDATE, type CachedBody } from "./response-cache.ts";

/** Headers that belong to one answer, not to the URL: set anew (or left out) for every request. */
const PER_ANSWER = /^(etag|content-length|content-type|x-request-id|retry-after|(x-)?ratelimit.*)$/i;

/** The URL's own headers as the stack set them: [name, value] pairs, a list value as one pair per item. */
export function urlHeaders(res: ServerResponse): [string, string][] {
  const lines: [string, string][] = [];
  // Node ≥ 15.13 has getRawHeaderNames; the type declarations in use do not list it yet.
  for (const name of (res as ServerResponse & { getRawHeaderNames(): string[] }).getRawHeaderNames()) {
    if (PER_ANSWER.test(name)) continue;
    const value = res.getHeader(name);
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) lines.push([name, String(item)]);
  }
  return lines;
}

export interface PreparedHeaders {
  /** The stored body these lines describe. */
  cached: CachedBody;
  /** 200: flat [name, value, …], the request id's value last (filled in per answer). */
  ok: string[];
  /** 304: the same without Content-Type and Content-Length. */
  notModified: string[];
}

export function prepareHeaders(url: [string, string][], cached: CachedBody): PreparedHeaders {
  const common = url.flat();
  common.push("ETag", cached.etag);
  if (!url.some(([name]) => name.toLowerCase() === "cache-control")) common.push("Cache-Control", REVALIDATE);
  const ok = [...common, "Content-Type", CACHED_CONTENT_TYPE, "Content-Length", String(cached.body.length), "X-Request-Id", ""];
  return { cached, ok, notModified: [...common, "X-Request-Id", ""] };
}

/** Writes the prepared answer (200 with the stored bytes, or 304) with this request's id. */
export function writePrepared(res: ServerResponse, prepared: PreparedHeaders, notModified: boolean, id: string): void {
  const lines = notModified ? prepared.notModified : prepared.ok;
  // writeHead reads the array at once (synchronously): the last slot can be reused per answer.
  lines[lines.length - 1] = id;
  res.writeHead(notModified ? 304 : 200, lines);
  if (notModified) res.end();
  else res.end(prepared.cached.body);
}
