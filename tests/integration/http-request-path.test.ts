// What one request costs in Neo4j round trips: a public request without a token never asks Neo4j
// who it is, a cached token is not looked up again, concurrent requests with one uncached token
// share a single lookup, and a revocation over the API applies at once.
// Queries are counted on a driver that records each statement it runs (the database is real).
import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";
import { pino } from "pino";
import { inject } from "vitest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseServiceEnv } from "../../src/config/service-env.ts";
import { cypher, type Database } from "../../src/db/index.ts";
import { createApp, type App } from "../../src/http/app.ts";
import { TokenCache, type Caller } from "../../src/http/auth.ts";
import { createToken } from "../../src/services/tokens.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";
import { seedNetwork } from "./http-harness.ts";

/** Wraps a driver so every statement run through a session's transactions is recorded. */
function recording(driver: Driver, seen: string[]): Driver {
  const wrapTx = (tx: ManagedTransaction) => new Proxy(tx, {
    get: (t, k) => (k === "run" ? (q: string, p?: object) => { seen.push(q); return t.run(q, p); } : Reflect.get(t, k)),
  });
  const wrapSession = (s: Session) => new Proxy(s, {
    get: (t, k) => {
      if (k === "executeRead" || k === "executeWrite") return <T>(work: (tx: ManagedTransaction) => Promise<T>) => t[k]((tx) => work(wrapTx(tx)));
      if (k === "run") return (q: string, p?: object) => { seen.push(q); return t.run(q, p); };
      const v = Reflect.get(t, k);
      return typeof v === "function" ? v.bind(t) : v;
    },
  });
  return new Proxy(driver, {
    get: (d, k) => {
      if (k === "session") return (...a: Parameters<Driver["session"]>) => wrapSession(d.session(...a));
      const v = Reflect.get(d, k);
      return typeof v === "function" ? v.bind(d) : v;
    },
  });
}

let test: TestDb;
let app: App;
let server: Server;
let url: string;
const seen: string[] = [];
const tokenLookups = () => seen.filter((q) => q === cypher("tokens/find-active")).length;

beforeAll(async () => {
  test = await testDb();
  const db: Database = { driver: recording(test.driver, seen), database: test.database, config: inject("neo4j"), close: async () => {} };
  app = createApp({ db, config: parseServiceEnv({ RATE_LIMIT_TOKEN_MAX: "100000" }), logger: pino({ level: "silent" }) });
  server = createServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await test.close();
});
beforeEach(async () => {
  await test.clear();
  await seedNetwork(test);
  app.services.tokenCache.clear();
  seen.length = 0;
});

const get = (path: string, token?: string) => fetch(url + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe("round trips per request", () => {
  it("a public request without a token asks Neo4j nothing about who it is", async () => {
    expect((await get("/api/v1/suggestions")).status).toBe(401);
    expect((await get("/api/v1/graph/projects/p1")).status).toBe(200);
    expect(tokenLookups()).toBe(0);
    // The data version the answer is cached under, then the view itself: node selection and the
    // edges among them, nothing else. (The first view also starts reading the degree order for the
    // graph view index in the background: its own queries, not the request's.)
    const background = new Set([cypher("views/graph-counts"), cypher("views/degree-order")]);
    expect(seen.filter((q) => !background.has(q))).toEqual([cypher("data-version/read"), cypher("views/project-neighbourhood"), cypher("views/edges-among")]);
    // Asked again, the view is the cached bytes: no query but, once a second, the data version.
    seen.length = 0;
    expect((await get("/api/v1/graph/projects/p1")).status).toBe(200);
    expect(seen.filter((q) => q !== cypher("data-version/read") && !background.has(q))).toEqual([]);
    expect((await get("/api/v1/suggestions", "not a token")).status).toBe(401); // malformed: refused before any lookup
    expect(tokenLookups()).toBe(0);
  });

  it("looks a token up once: concurrent requests share the lookup, later ones use the cache", async () => {
    const { secret } = await createToken({ driver: test.driver, database: test.database }, { name: "path test", role: "analyst" });
    const first = await Promise.all(Array.from({ length: 20 }, () => get("/api/v1/graph/themes/talent", secret)));
    expect(first.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(tokenLookups()).toBe(1);
    for (let i = 0; i < 5; i++) expect((await get("/api/v1/graph/themes/talent", secret)).status).toBe(200);
    expect(tokenLookups()).toBe(1);
    const unknown = await Promise.all(Array.from({ length: 5 }, () => get("/api/v1/graph/themes/talent", "dgl_unknown-token-0000000000")));
    expect(unknown.map((r) => r.status)).toEqual(Array(5).fill(401));
    expect(tokenLookups()).toBe(2);
  });

  it("a revocation over the API takes effect at once, although the token was cached", async () => {
    const db = { driver: test.driver, database: test.database };
    const admin = await createToken(db, { name: "admin", role: "admin" });
    const analyst = await createToken(db, { name: "analyst", role: "analyst" });
    expect((await get("/api/v1/graph/network", analyst.secret)).status).toBe(200);
    const shortcuts = app.shortcut.served;
    expect((await get("/api/v1/graph/network", analyst.secret)).status).toBe(200);
    expect(app.shortcut.served).toBe(shortcuts + 1); // the repeated read was answered before Express
    const revoke = await fetch(`${url}/api/v1/tokens/${analyst.token.id}`, { method: "DELETE", headers: { authorization: `Bearer ${admin.secret}` } });
    expect(revoke.status).toBe(200);
    expect((await get("/api/v1/graph/network", analyst.secret)).status).toBe(401);
  });
});

describe("token cache", () => {
  it("does not store a lookup's answer when a revocation cleared the cache meanwhile", async () => {
    const cache = new TokenCache(60_000);
    let answer!: (c: Caller | null) => void;
    const pending = cache.resolve("h", () => new Promise<Caller | null>((r) => (answer = r)));
    cache.clear();
    answer({ role: "analyst", tokenId: "t1" });
    expect(await pending).toEqual({ role: "analyst", tokenId: "t1" });
    expect(cache.get("h")).toBeUndefined();
    expect(await cache.resolve("h", async () => null)).toBeNull();
    expect(cache.resolve("h", async () => ({ role: "admin" }))).toBeNull(); // cached, answered synchronously
  });
});
