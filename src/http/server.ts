// Listening and shutting down: on SIGTERM/SIGINT the server stops accepting connections,
// lets in-flight requests finish (up to a grace period), waits for a background analysis,
// then closes the Neo4j driver.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { Database } from "../db/index.ts";
import type { App } from "./app.ts";

export interface RunningServer {
  server: Server;
  url: string;
  /** Graceful stop; resolves when connections are closed and the driver is closed. */
  close(): Promise<void>;
}

export async function startServer(app: App, opts: { port: number; host: string; db: Database; logger: Logger; graceMs?: number; onClose?: () => void }): Promise<RunningServer> {
  const server = createServer(app.handler);
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${opts.host === "0.0.0.0" || opts.host === "::" ? "127.0.0.1" : opts.host}:${port}`;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      opts.logger.info("shutting down: no new connections, finishing requests in flight");
      opts.onClose?.();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = setTimeout(() => server.closeAllConnections(), opts.graceMs ?? 10_000);
      await stopped;
      clearTimeout(grace);
      await app.services.analysis.idle();
      await app.services.recommendations.close();
      await opts.db.close();
      opts.logger.info("stopped");
    })());
  return { server, url, close };
}

/** Stops gracefully on SIGTERM and SIGINT (once; a second signal exits at once). */
export function stopOnSignals(running: RunningServer, logger: Logger): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(1);
    signalled = true;
    logger.info({ signal }, "signal received");
    running.close().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
