// Finds the Neo4j the tests use, in the product's connection order: NEO4J_URI → a Docker
// container → the project's local `test` instance (Bolt 7688, started here if it is not
// running). Tests clear the database, so a NEO4J_URI database must be empty or
// DIAGONAL_TEST_WIPE=1 must say that wiping it is fine.
import type { TestProject } from "vitest/node";
import { openDriver, resolveNeo4j } from "../../src/db/index.ts";

export default async function setup(project: TestProject) {
  const env = { ...process.env };
  if (!env.NEO4J_URI) {
    env.DIAGONAL_NEO4J_PORT = env.DIAGONAL_TEST_NEO4J_PORT ?? "7688";
    env.DIAGONAL_NEO4J_INSTANCE = "test";
  }
  const { config, stop } = await resolveNeo4j(env);
  if (config.origin === "env" && process.env.DIAGONAL_TEST_WIPE !== "1") {
    const driver = openDriver(config);
    try {
      const session = driver.session({ database: config.database });
      const count = (await session.run("MATCH (n) RETURN count(n) AS n")).records[0]!.get("n").toNumber();
      await session.close();
      if (count > 0) throw new Error(`tests clear the database, and ${config.uri} holds ${count} nodes; set DIAGONAL_TEST_WIPE=1 to allow it`);
    } finally {
      await driver.close();
    }
  }
  project.provide("neo4j", config);
  return async () => { await stop?.(); };
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: import("../../src/db/config.ts").Neo4jConfig;
  }
}
