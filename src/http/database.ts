// The service's Neo4j connection. Like connect() but with a short retry budget for queries, so
// while Neo4j is down a request fails within NEO4J_RETRY_MS (→ 503) instead of hanging for the
// driver's default 30 s; the driver keeps reconnecting by itself once Neo4j is back.
import neo4j from "neo4j-driver";
import type { ServiceConfig } from "../config/service-env.ts";
import { applySchema, resolveNeo4j, type Database } from "../db/index.ts";

export async function connectService(config: ServiceConfig, env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  const { config: neo4jConfig, stop } = await resolveNeo4j(env);
  const driver = neo4j.driver(neo4jConfig.uri, neo4j.auth.basic(neo4jConfig.user, neo4jConfig.password), {
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: config.NEO4J_RETRY_MS,
  });
  try {
    await driver.verifyConnectivity({ database: neo4jConfig.database });
    await applySchema(driver, neo4jConfig.database);
  } catch (err) {
    await driver.close();
    await stop?.();
    throw new Error(`cannot reach Neo4j at ${neo4jConfig.uri} (${neo4jConfig.origin}): ${(err as Error).message}`);
  }
  return {
    driver,
    config: neo4jConfig,
    database: neo4jConfig.database,
    close: async () => {
      await driver.close();
      await stop?.();
    },
  };
}
