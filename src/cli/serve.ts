// `diagonal serve`: the coordinator HTTP API. Settings come from the environment (PORT, HOST,
// CORS_ORIGINS, LOG_LEVEL, BODY_LIMIT, RATE_LIMIT_*), validated before anything starts.
import type { Command } from "commander";
import { pino } from "pino";
import { parseServiceEnv } from "../config/service-env.ts";
import { createApp } from "../http/app.ts";
import { connectService } from "../http/database.ts";
import { discardStaleRuns } from "../services/analysis-service.ts";
import { startServer, stopOnSignals } from "../http/server.ts";

export function register(program: Command): void {
  program
    .command("serve")
    .description("Serve the HTTP API (port from PORT, default 3000)")
    .action(async () => {
      const config = parseServiceEnv();
      const logger = pino({ level: config.LOG_LEVEL, base: { service: "diagonal" } });
      const db = await connectService(config);
      // A run whose writer crashed is removed now, not hours later by the stale-run sweep.
      await discardStaleRuns(db).then(
        (n) => { if (n > 0) logger.info({ runs: n }, "removed unfinished analysis runs left by a stopped process"); },
        (err) => logger.warn({ err: { message: (err as Error).message } }, "could not check for unfinished analysis runs"),
      );
      const app = createApp({ db, config, logger });
      const running = await startServer(app, { port: config.PORT, host: config.HOST, db, logger });
      stopOnSignals(running, logger);
      logger.info({ url: running.url, neo4j: db.config.uri }, `listening on ${running.url} (reference at ${running.url}/api/docs)`);
    });
}
