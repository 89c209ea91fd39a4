// The one way to reach Neo4j. A profile says who connects (the CLI, the HTTP service, the tests,
// the benchmarks): which local instance it may start and how the driver behaves. The connection
// order (config.ts) is the same for all: NEO4J_URI → a Docker container → this checkout's own
// server. Whatever connect() started is stopped again when connecting fails.
import neo4j, { type Config as DriverConfig, type Driver } from "neo4j-driver";
import { applySchema } from "./schema.ts";
import { applyMigrations } from "./migrations.ts";
import { parseNeo4jEnv, type Neo4jConfig } from "./config.ts";
import { LOCAL_INSTANCES, localServerConfig } from "./local-server.ts";
import { installTcpNoDelay } from "./tcp-nodelay.ts";

export interface Database {
  driver: Driver;
  config: Neo4jConfig;
  /** Database name for sessions (undefined: the server's default). */
  database?: string;
  close(): Promise<void>;
}

export type ConnectionProfile = "cli" | "service" | "test" | "bench";

interface ProfileSetting {
  /** The local instance (scripts/neo4j/instances.json) this profile uses when nothing else is configured. */
  instance: "main" | "test" | "bench";
  driver: DriverConfig;
}

const PROFILES: Record<ConnectionProfile, ProfileSetting> = {
  // A refused or silent server is known within 5 s (the driver's default is 30 s per attempt).
  cli: { instance: "main", driver: { maxConnectionPoolSize: 50, connectionAcquisitionTimeout: 30_000, connectionTimeout: 5_000 } },
  // A short retry budget: while Neo4j is down a request fails fast (→ 503) instead of hanging for
  // the driver's default 30 s; the driver reconnects by itself once Neo4j is back.
  service: { instance: "main", driver: { maxConnectionPoolSize: 100, connectionAcquisitionTimeout: 10_000, connectionTimeout: 5_000 } },
  test: { instance: "test", driver: { maxConnectionPoolSize: 50, connectionAcquisitionTimeout: 30_000 } },
  bench: { instance: "bench", driver: { maxConnectionPoolSize: 50, connectionAcquisitionTimeout: 60_000 } },
};

export interface ConnectOptions {
  env?: NodeJS.ProcessEnv;
  /** How long the driver retries a transaction on transient errors (ms). */
  retryMs?: number;
}

/** Where the profile's database is; starts a container or this checkout's local instance if needed. */
export async function resolveNeo4j(profile: ConnectionProfile, env: NodeJS.ProcessEnv = process.env): Promise<{ config: Neo4jConfig; stop?: () => Promise<void> }> {
  const e = parseNeo4jEnv(env);
  if (e.NEO4J_URI) {
    return { config: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? "", database: e.NEO4J_DATABASE, origin: "env" } };
  }
  if (e.DIAGONAL_NEO4J_DOCKER === "auto") {
    const container = await startContainerIfDocker();
    if (container) return container;
  }
  const instance = PROFILES[profile].instance;
  const raw = env[LOCAL_INSTANCES[instance]!.env];
  const port = raw === undefined || raw === "" ? undefined : Number(raw);
  if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65535)) {
    throw new Error(`invalid environment:\n  ${LOCAL_INSTANCES[instance]!.env}: expected a port from 1 to 65535 (got ${JSON.stringify(raw)})`);
  }
  return { config: await localServerConfig(instance, e.DIAGONAL_NEO4J_PASSWORD, port) };
}

/** testcontainers' Neo4j module, when a Docker engine answers; a reused container keeps its data between runs. */
async function startContainerIfDocker(): Promise<{ config: Neo4jConfig; stop: () => Promise<void> } | undefined> {
  // testcontainers is a development dependency: a production install has no Docker client.
  const testcontainers = await import("testcontainers").catch(() => undefined);
  if (!testcontainers) return undefined;
  try {
    await testcontainers.getContainerRuntimeClient();
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

export function openDriver(config: Neo4jConfig, profile: ConnectionProfile = "cli", retryMs?: number): Driver {
  installTcpNoDelay();
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: false,
    ...PROFILES[profile].driver,
    ...(retryMs !== undefined ? { maxTransactionRetryTime: retryMs } : {}),
  });
}

/** Connects, checks the server answers, and applies cypher/schema.cypher and the data migrations (idempotent). */
export async function connect(profile: ConnectionProfile = "cli", options: ConnectOptions = {}): Promise<Database> {
  const { config, stop } = await resolveNeo4j(profile, options.env);
  const driver = openDriver(config, profile, options.retryMs);
  try {
    await driver.verifyConnectivity({ database: config.database });
    await applySchema(driver, config.database);
    await applyMigrations(driver, config.database);
  } catch (err) {
    await driver.close();
    await stop?.();
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
