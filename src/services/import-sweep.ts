// The running service's sweep for staged imports whose writer died (a killed CLI, a process that
// lost Neo4j): every `everyMs` it looks for unfinished import jobs (one small read) and undoes
// those whose writer is gone or silent, so their staged rows do not wait for the next start or the
// next import. Undo is batch by batch and idempotent, so two services sweeping at once is safe.
import type { Logger } from "pino";
import type { Database } from "../db/connect.ts";
import { recoverImports } from "./import-service.ts";

export interface ImportSweep {
  /** Runs one sweep now (tests; the timer calls it too). */
  sweep(): Promise<string[]>;
  stop(): void;
}

export function sweepDeadImports(db: Database, logger: Logger, everyMs: number): ImportSweep {
  let running: Promise<string[]> | undefined;
  const sweep = () =>
    (running ??= recoverImports(db)
      .then((r) => {
        if (r.undone.length > 0) logger.info({ imports: r.undone }, "undid staged imports whose writer stopped");
        return r.undone;
      }, (err) => {
        logger.warn({ err: { message: (err as Error).message } }, "could not check for unfinished staged imports");
        return [];
      })
      .finally(() => { running = undefined; }));
  const timer = setInterval(() => void sweep(), everyMs);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
