// Who is calling: a bearer token names a role; no token means the public role. Lookups are
// cached briefly (hashes only) so a busy read endpoint does not double its database work; a
// revocation through the API clears the cache at once, one through the CLI applies within the TTL.
import type { Request, RequestHandler } from "express";
import { authenticateToken, hashToken, ROLES, atLeast, type Role } from "../services/tokens.ts";
import type { Db } from "../services/entity-store.ts";
import { HttpProblem } from "./errors.ts";

export interface Caller {
  role: Role;
  tokenId?: string;
}

declare module "express-serve-static-core" {
  interface Request {
    caller?: Caller;
  }
}

export class TokenCache {
  private entries = new Map<string, { caller: Caller | null; until: number }>();
  constructor(private ttlMs: number) {}
  get(hash: string): Caller | null | undefined {
    const e = this.entries.get(hash);
    if (!e || e.until < Date.now()) return undefined;
    return e.caller;
  }
  set(hash: string, caller: Caller | null): void {
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(hash, { caller, until: Date.now() + this.ttlMs });
  }
  clear(): void {
    this.entries.clear();
  }
}

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/=-]{10,200})$/;

export function authenticate(db: Db, cache: TokenCache): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) {
      req.caller = { role: "public" };
      return next();
    }
    const m = BEARER.exec(header.trim());
    if (!m) return next(unauthorized(res, "the Authorization header must be 'Bearer <token>'"));
    const hash = hashToken(m[1]!);
    let caller = cache.get(hash);
    if (caller === undefined) {
      try {
        const token = await authenticateToken(db, m[1]!);
        caller = token && (ROLES as readonly string[]).includes(token.role) ? { role: token.role, tokenId: token.id } : null;
      } catch (err) {
        return next(err);
      }
      cache.set(hash, caller);
    }
    if (!caller) return next(unauthorized(res, "the bearer token is unknown or revoked"));
    req.caller = caller;
    next();
  };
}

function unauthorized(res: { setHeader(k: string, v: string): void }, detail: string): HttpProblem {
  res.setHeader("WWW-Authenticate", 'Bearer realm="diagonal"');
  return new HttpProblem("unauthorized", detail);
}

/** Refuses a caller below the route's role: 401 without a token, 403 with one. */
export function requireRole(req: Request, res: { setHeader(k: string, v: string): void }, required: Role): void {
  const role = req.caller?.role ?? "public";
  if (atLeast(role, required)) return;
  if (role === "public") throw unauthorized(res, `this operation needs the ${required} role; send a bearer token`);
  throw new HttpProblem("forbidden", `this operation needs the ${required} role; your token has the ${role} role`);
}
