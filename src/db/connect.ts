// Opens the driver following the connection order in config.ts, and applies the schema once.
import neo4j, { type Driver } from "neo4j-driver";
import { applySchema } from "./schema.ts";
import { parseNeo4jEnv, type Neo4jConfig } from "./config.ts";
import { localServerConfig } from "./local-server.ts";

export interface Database {
  driver: Driver;
  config: Neo4jConfig;
  /** Database name for sessions (undefined: the server's default). */
  database?: string;
  close(): Promise<void>;
}

export async function resolveNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<{ config: Neo4jConfig; stop?: () => Promise<void> }> {
  const e = parseNeo4jEnv(env);
  if (e.NEO4J_URI) {
    return { config: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? "", database: e.NEO4J_DATABASE, origin: "env" } };
  }
  if (e.DIAGONAL_NEO4J_DOCKER === "auto") {
    const container = await startContainerIfDocker();
    if (container) return container;
  }
  return { config: await localServerConfig(e.DIAGONAL_NEO4J_PORT, e.DIAGONAL_NEO4J_PASSWORD, e.DIAGONAL_NEO4J_INSTANCE) };
}

/** testcontainers' Neo4j module, when a Docker engine answers; a reused container keeps its data between runs. */
async function startContainerIfDocker(): Promise<{ config: Neo4jConfig; stop: () => Promise<void> } | undefined> {
  const { getContainerRuntimeClient } = await import("testcontainers");
  try {
    await getContainerRuntimeClient();
  } catch {
    return undefined;
  }
  const { Neo4jContainer } = await import("@testcontainers/neo4j");
  const container = await new Neo4jContainer("neo4j:5.26").withPassword("diagonal-local").withReuse().start();
  return {
    config: { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword(), origin: "container" },
    stop: async () => { await container.stop(); },
  };
}

export function openDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
  });
}

/** Connects, checks the server answers, and applies cypher/schema.cypher (idempotent). */
export async function connect(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  const { config, stop } = await resolveNeo4j(env);
  const driver = openDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.database });
    await applySchema(driver, config.database);
  } catch (err) {
    await driver.close();
    throw new Error(`cannot reach Neo4j at ${config.uri} (${config.origin}): ${(err as Error).message}`);
  }
  return {
    driver,
    config,
    database: config.database,
    close: async () => {
      await driver.close();
      await stop?.();
    },
  };
}
