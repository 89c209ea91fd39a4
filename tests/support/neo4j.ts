// Test access to the real Neo4j found by global-setup.ts: a driver with the schema applied, a
// way to clear the graph (only when its marker names this checkout), and fact-style checks on
// what is in it (sets of tuples, not mocks).
import { inject } from "vitest";
import type { Driver } from "neo4j-driver";
import { applySchema, cypher, openDriver, toNative, type Database } from "../../src/db/index.ts";
import { assertOwned } from "./database-marker.ts";

export interface TestDb {
  driver: Driver;
  database?: string;
  /** The same database as the services take it (closing it is the TestDb's job, not theirs). */
  db: Database;
  clear(): Promise<void>;
  /** Runs a read query and returns its rows as plain objects. */
  rows<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]>;
  count(label: string): Promise<number>;
  close(): Promise<void>;
}

export async function testDb(): Promise<TestDb> {
  const config = inject("neo4j");
  const owner = inject("testOwner");
  const driver = openDriver(config, "test");
  await applySchema(driver, config.database);
  const rows = async <T>(query: string, params: Record<string, unknown> = {}) => {
    const session = driver.session({ database: config.database });
    try {
      const res = await session.run(query, params);
      return res.records.map((r) => Object.fromEntries(r.keys.map((k) => [k, toNative(r.get(k as string))])) as T);
    } finally {
      await session.close();
    }
  };
  return {
    driver,
    database: config.database,
    db: { driver, database: config.database, config, close: async () => {} },
    rows,
    clear: async () => {
      await assertOwned(driver, config.database, owner);
      await rows(cypher("testing/clear"));
    },
    count: async (label: string) => {
      if (!/^[A-Za-z]+$/.test(label)) throw new Error(`bad label ${label}`);
      const [r] = await rows<{ n: number }>(`MATCH (n:${label}) RETURN count(n) AS n`);
      return r!.n;
    },
    close: () => driver.close(),
  };
}
