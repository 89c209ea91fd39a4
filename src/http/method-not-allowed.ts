// 405 Method Not Allowed (RFC 9110 §15.5.6) with an Allow header, for a path the API serves with
// other methods, and for TRACE and TRACK anywhere (never served: they would echo a request's
// headers back). Other unknown requests fall through to the 404 handler.
import type { RequestHandler } from "express";
import type { AnyRoute } from "./route.ts";
import { HttpProblem } from "./errors.ts";

const NEVER = new Set(["TRACE", "TRACK", "CONNECT"]);

/** An OpenAPI path template ("/api/v1/projects/{id}") as a pattern for one request path. */
const pattern = (path: string) => new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "[^/]+")}/?$`);

export function methodNotAllowed(routes: readonly AnyRoute[], extra: readonly { path: string; methods: string[] }[] = []): RequestHandler {
  const byPattern = new Map<string, { re: RegExp; methods: Set<string> }>();
  const add = (path: string, method: string) => {
    const entry = byPattern.get(path) ?? { re: pattern(path), methods: new Set<string>() };
    entry.methods.add(method.toUpperCase());
    if (method.toUpperCase() === "GET") entry.methods.add("HEAD");
    byPattern.set(path, entry);
  };
  for (const r of routes) add(r.path, r.method);
  for (const e of extra) for (const m of e.methods) add(e.path, m);
  return (req, res, next) => {
    const allowed = new Set<string>();
    for (const { re, methods } of byPattern.values()) if (re.test(req.path)) for (const m of methods) allowed.add(m);
    if (!NEVER.has(req.method) && (allowed.size === 0 || allowed.has(req.method))) return next();
    const allow = [...allowed].sort().join(", ");
    if (allow) res.setHeader("Allow", allow);
    next(new HttpProblem("method-not-allowed", allow ? `${req.method} is not served on ${req.path}; it takes ${allow}` : `${req.method} is never served`));
  };
}
