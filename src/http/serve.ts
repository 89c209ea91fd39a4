// Serving the HTTP API as a process: settings from the environment (PORT, HOST, CORS_ORIGINS,
// LOG_LEVEL, BODY_LIMIT, RATE_LIMIT_*), validated before anything starts; the service's Neo4j
// connection; graceful stop on SIGTERM and SIGINT.
import { pino } from "pino";
import { parseServiceEnv } from "../config/service-env.ts";
import { discardStaleRuns } from "../services/analysis/index.ts";
import { sweepDeadImports } from "../services/import-sweep.ts";
import { createApp } from "./app.ts";
import { connectService } from "./database.ts";
import { startServer, stopOnSignals, type RunningServer } from "./server.ts";

export async function serveHttp(env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const config = parseServiceEnv(env);
  const logger = pino({ level: config.LOG_LEVEL, base: { service: "diagonal" } });
  const db = await connectService(config, env);
  // A run whose writer crashed is removed now, not hours later by the stale-run sweep.
  await discardStaleRuns(db).then(
    (n) => { if (n > 0) logger.info({ runs: n }, "removed unfinished analysis runs left by a stopped process"); },
    (err) => logger.warn({ err: { message: (err as Error).message } }, "could not check for unfinished analysis runs"),
  );
  // Likewise a staged import whose writer was killed: its batches are undone before anyone reads,
  // and again whenever the sweep finds one whose writer stopped while the service runs.
  const imports = sweepDeadImports(db, logger, config.IMPORT_SWEEP_SECONDS * 1000);
  await imports.sweep();
  const app = createApp({ db, config, logger });
  // The degree order, the embed maps and the recommender are built now, not at the first request.
  app.warmup.start();
  const running = await startServer(app, { port: config.PORT, host: config.HOST, db, logger, onClose: imports.stop });
  stopOnSignals(running, logger);
  logger.info({ url: running.url, neo4j: db.config.uri }, `listening on ${running.url} (reference at ${running.url}/api/docs)`);
  return running;
}
