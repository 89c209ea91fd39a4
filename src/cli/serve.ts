// `diagonal serve`: the coordinator HTTP API. Settings come from the environment (PORT, HOST,
// CORS_ORIGINS, LOG_LEVEL, BODY_LIMIT, RATE_LIMIT_*), validated before anything starts.
import type { Command } from "commander";
import { pino } from "pino";
import { parseServiceEnv } from "../config/service-env.ts";
import { createApp } from "../http/app.ts";
import { connectService } from "../http/database.ts";
import { startServer, stopOnSignals } from "../http/server.ts";

export function register(program: Command): void {
  program
    .command("serve")
    .description("Serve the HTTP API (port from PORT, default 3000)")
    .action(async () => {
      const config = parseServiceEnv();
      const logger = pino({ level: config.LOG_LEVEL, base: { service: "diagonal" } });
      const db = await connectService(config);
      const app = createApp({ db, config, logger });
      const running = await startServer(app, { port: config.PORT, host: config.HOST, db, logger });
      stopOnSignals(running, logger);
      logger.info({ url: running.url, neo4j: db.config.uri }, `listening on ${running.url} (reference at ${running.url}/api/docs)`);
    });
}
