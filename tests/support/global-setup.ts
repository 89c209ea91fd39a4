// Finds the Neo4j the tests use, in the product's connection order: NEO4J_URI → a Docker container
// → this checkout's own `test` instance (started here if it is not running; its port is
// DIAGONAL_TEST_NEO4J_PORT, or 7688, or a free port when another checkout holds 7688).
// Tests clear the database, so it is claimed first with a marker node naming this checkout
// (database-marker.ts): a database marked by another checkout is refused, and so is one that
// holds unmarked data (a coordinator's), unless DIAGONAL_TEST_WIPE=1 says wiping it is fine.
// No test ever falls back to the `main` instance.
import type { TestProject } from "vitest/node";
import { resolveNeo4j, openDriver } from "../../src/db/index.ts";
import { claimDatabase, checkoutOwner } from "./database-marker.ts";

export default async function setup(project: TestProject) {
  const { config, stop } = await resolveNeo4j("test");
  const driver = openDriver(config, "test");
  try {
    await driver.verifyConnectivity({ database: config.database });
    // This checkout's own local instance is ours by construction; anything else must be empty or released.
    await claimDatabase(driver, config.database, { ownInstance: config.origin === "local", allowWipe: process.env.DIAGONAL_TEST_WIPE === "1" });
  } catch (err) {
    await stop?.();
    throw new Error(`the tests cannot use Neo4j at ${config.uri} (${config.origin}): ${(err as Error).message}`);
  } finally {
    await driver.close();
  }
  project.provide("neo4j", config);
  project.provide("testOwner", checkoutOwner());
  return async () => { await stop?.(); };
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: import("../../src/db/config.ts").Neo4jConfig;
    testOwner: string;
  }
}
