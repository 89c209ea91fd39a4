// Starts the API on an ephemeral port against the test Neo4j, with one token per role, and
// talks to it with real fetch: the tests see exactly what a client sees.
import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import { pino } from "pino";
import { afterAll, beforeAll } from "vitest";
import { parseServiceEnv, type ServiceConfig } from "../../src/config/service-env.ts";
import type { Database } from "../../src/db/index.ts";
import { createApp, type App } from "../../src/http/app.ts";
import { createToken } from "../../src/services/tokens.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { importDataset, importPath } from "../../src/services/import-service.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";
import { type Role } from "../../src/schemas/index.ts";

export interface Harness {
  url: string;
  app: App;
  db: Database;
  test: TestDb;
  tokens: Record<Exclude<Role, "public">, string>;
  /** fetch with the role's token (none for public); JSON bodies are encoded. */
  call(role: Role, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any; headers: Headers; text: string }>;
  newTokens(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const test = await testDb();
  const db: Database = test.db;
  const config: ServiceConfig = parseServiceEnv({ RATE_LIMIT_WRITE_MAX: "100000", RATE_LIMIT_TOKEN_MAX: "100000", RATE_LIMIT_VIEW_MAX: "100000", ...env });
  const app = createApp({ db, config, logger: pino({ level: "silent" }) });
  const server: Server = createServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const h: Harness = {
    url, app, db, test,
    tokens: { analyst: "", coordinator: "", admin: "" },
    async newTokens() {
      for (const role of ["analyst", "coordinator", "admin"] as const) h.tokens[role] = (await createToken(db, { name: `test ${role}`, role })).secret;
    },
    async call(role, method, path, body, headers = {}) {
      const res = await fetch(url + path, {
        method,
        headers: {
          ...(role === "public" ? {} : { authorization: `Bearer ${h.tokens[role]}` }),
          ...(body !== undefined && !(body instanceof FormData) ? { "content-type": "application/json" } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : body instanceof FormData ? body : typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      return { status: res.status, json, headers: res.headers, text };
    },
    async close() {
      await app.services.analysis.idle();
      await app.services.recommendations.close();
      app.embedMaps.stop();
      await app.embedMaps.idle();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await test.close();
    },
  };
  return h;
}

/** A small network: two themes, three projects (one planned), partners, an outcome, a collaboration. */
export async function seedNetwork(t: TestDb): Promise<void> {
  await t.rows(`
    CREATE (t1:Theme {id: 'talent', nameNl: 'Talentontwikkeling', nameEn: 'Talent development'})
    CREATE (t2:Theme {id: 'transparency', nameNl: 'Transparantie', nameEn: 'Transparency'})
    CREATE (p1:Project {id: 'p1', name: 'Learning at work', description: 'talent and learning in SMEs', start: '2023-01-01', status: 'active', region: 'Antwerpen'})
    CREATE (p2:Project {id: 'p2', name: 'Open books', description: 'transparent reporting', start: '2023-03-01', status: 'completed', region: 'Gent'})
    CREATE (p3:Project {id: 'p3', name: 'Secret plan', description: 'not announced yet', start: '2025-01-01', status: 'planned'})
    CREATE (a:Partner {id: 'acme', name: 'Acme nv', nameKey: 'acme', kind: 'company', activeIn: 'north', enterpriseNumber: 'BE0123456749'})
    CREATE (b:Partner {id: 'ngo1', name: 'Zuid vzw', nameKey: 'zuid', kind: 'ngo', activeIn: 'south'})
    CREATE (o:Outcome {id: 'o1', title: 'Talent toolkit', kind: 'tool'})
    CREATE (p1)-[:ADDRESSES {weight: 1.0}]->(t1)
    CREATE (p2)-[:ADDRESSES {weight: 0.5}]->(t2)
    CREATE (p3)-[:ADDRESSES {weight: 1.0}]->(t1)
    CREATE (a)-[:PARTICIPATES_IN {role: 'promoter'}]->(p1)
    CREATE (a)-[:PARTICIPATES_IN {role: 'partner'}]->(p3)
    CREATE (b)-[:PARTICIPATES_IN {role: 'partner'}]->(p2)
    CREATE (p1)-[:PRODUCED]->(o)
    CREATE (o)-[:ABOUT]->(t1)
    CREATE (p1)-[:COLLABORATES_WITH {since: '2024-01-01', source: 'test'}]->(p2)
  `);
}

/**
 * A harness for one test file on a generated graph: started on a cleared database with fresh
 * tokens and `projects` generated networks imported, cleared and closed after the file.
 */
export function useGeneratedHarness(projects: number, seed: number): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness();
    await h.test.clear();
    await h.newTokens();
    await importDataset(h.db, generateDataset({ projects, seed }).dataset);
  });
  afterAll(async () => {
    await h?.test.clear();
    await h?.close();
  });
  return () => h!;
}

/** A started service over the given fixture folders (imported in order), then `setup`; cleared and closed after the file's tests. */
export function useFixtureHarness(folders: string[], setup: (h: Harness) => Promise<void> = async () => {}): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness();
    await h.test.clear();
    await h.newTokens();
    for (const folder of folders) await importPath(h.db, folder);
    await setup(h);
  });
  afterAll(async () => {
    await h?.test.clear();
    await h?.close();
  });
  return () => h!;
}
