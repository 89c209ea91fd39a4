// Who is calling: a bearer token names a role; no token means the public role, decided without
// asking Neo4j. Lookups are cached briefly (hashes only) so a busy read endpoint does not double its
// database work, and concurrent requests with the same uncached token share one lookup (a busy
// client's many connections do not all ask at once when the entry expires); a revocation through
// the API clears the cache at once, one through the CLI applies within the TTL.
import type { Request, RequestHandler } from "express";
import { authenticateToken, hashToken, atLeast } from "../services/tokens.ts";
import type { Db } from "../services/entities/store.ts";
import { HttpProblem } from "./errors.ts";
import type { MessageId, MessageParams } from "../errors.ts";
import { ROLES, type Role } from "../schemas/index.ts";

export interface Caller {
  role: Role;
  tokenId?: string;
  /** The token's name: who did it, in decisions and audit events. */
  tokenName?: string;
}

declare module "express-serve-static-core" {
  interface Request {
    caller?: Caller;
  }
}

export class TokenCache {
  private entries = new Map<string, { caller: Caller | null; until: number }>();
  /** Lookups under way, by hash. */
  private pending = new Map<string, Promise<Caller | null>>();
  /** Bumped by clear(), so a lookup that started before a revocation does not store its answer. */
  private generation = 0;
  constructor(private ttlMs: number) {}
  /** The cached caller, or one lookup shared by everyone asking for the same hash meanwhile. */
  resolve(hash: string, lookup: () => Promise<Caller | null>): Caller | null | Promise<Caller | null> {
    const cached = this.get(hash);
    if (cached !== undefined) return cached;
    let p = this.pending.get(hash);
    if (!p) {
      const generation = this.generation;
      p = lookup()
        .then((caller) => {
          // A clear() while the lookup ran (a revocation) must not be undone by its answer.
          if (generation === this.generation) this.set(hash, caller);
          return caller;
        })
        .finally(() => this.pending.delete(hash));
      this.pending.set(hash, p);
    }
    return p;
  }
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
    this.pending.clear();
    this.generation++;
  }
}

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/=-]{10,200})$/;

/**
 * The role of a request as far as it is known without asking Neo4j: public without a token, the
 * role of a valid token whose lookup is cached; undefined otherwise (the full authentication runs).
 */
export function knownRole(authorization: string | undefined, cache: TokenCache): Role | undefined {
  if (authorization === undefined) return "public";
  const m = BEARER.exec(authorization.trim());
  return m ? cache.get(hashToken(m[1]!))?.role : undefined;
}

/** `failedAuth` charges a client address for each unknown, revoked or malformed token (a budget of its own). */
export function authenticate(db: Db, cache: TokenCache, failedAuth?: RequestHandler): RequestHandler {
  const refuse = (req: Request, res: Parameters<RequestHandler>[1], next: (err?: unknown) => void, detail: string, messageId: MessageId) => {
    if (!failedAuth) return next(unauthorized(res, detail, messageId));
    failedAuth(req, res, (err?: unknown) => next(err ?? unauthorized(res, detail, messageId)));
  };
  return async (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) {
      req.caller = { role: "public" };
      return next();
    }
    const m = BEARER.exec(header.trim());
    if (!m) return refuse(req, res, next, "the Authorization header must be 'Bearer <token>'", "unauthorized.bad-header");
    const secret = m[1]!;
    let caller: Caller | null;
    try {
      const found = cache.resolve(hashToken(secret), async () => {
        const token = await authenticateToken(db, secret);
        return token && (ROLES as readonly string[]).includes(token.role) ? { role: token.role, tokenId: token.id, tokenName: token.name } : null;
      });
      // A cached answer is used at once, without a trip through the microtask queue.
      caller = found instanceof Promise ? await found : found;
    } catch (err) {
      return next(err);
    }
    if (!caller) return refuse(req, res, next, "the bearer token is unknown or revoked", "unauthorized.unknown-token");
    req.caller = caller;
    next();
  };
}

function unauthorized(res: { setHeader(k: string, v: string): void }, detail: string, messageId: MessageId, params: MessageParams = {}): HttpProblem {
  res.setHeader("WWW-Authenticate", 'Bearer realm="diagonal"');
  return new HttpProblem("unauthorized", detail, { messageId, params });
}

/** Refuses a caller below the route's role: 401 without a token, 403 with one. */
export function requireRole(req: Request, res: { setHeader(k: string, v: string): void }, required: Role): void {
  const role = req.caller?.role ?? "public";
  if (atLeast(role, required)) return;
  if (role === "public") throw unauthorized(res, `this operation needs the ${required} role; send a bearer token`, "unauthorized.no-token", { required });
  throw new HttpProblem("forbidden", `this operation needs the ${required} role; your token has the ${role} role`, { messageId: "forbidden.role", params: { required, role } });
}

/**
 * The operations a role may call, by operationId: read from each route's declared role, the same
 * declaration requireRole enforces, so a client asks what it may do instead of trying and failing.
 */
export function allowedOperations(role: Role, routes: readonly { operationId: string; role: Role }[]): string[] {
  return routes.filter((r) => atLeast(role, r.role)).map((r) => r.operationId);
}
