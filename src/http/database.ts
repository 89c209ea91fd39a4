// The service's Neo4j connection: the `service` profile of db/connect.ts, with the retry budget
// from the service settings so that a request fails within NEO4J_RETRY_MS (→ 503) while Neo4j is down.
import type { ServiceConfig } from "../config/service-env.ts";
import { connect, type Database } from "../db/index.ts";

export function connectService(config: ServiceConfig, env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  return connect("service", { env, retryMs: config.NEO4J_RETRY_MS });
}
