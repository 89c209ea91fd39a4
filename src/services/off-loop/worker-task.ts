// Runs a piece of CPU-heavy work (parsing and validating a large upload, building a large export)
// in a worker thread, so the service's event loop keeps answering /healthz, embeds and every other
// request meanwhile: in the service's own thread a 200k-row dry run stalled them for seconds. The
// worker opens its own driver to the same Neo4j, does the work with the same code the CLI runs,
// answers once and exits, which returns the memory the work took. In a development checkout
// (TypeScript sources) the worker loads the sources through tsx; a built install runs the
// compiled file.
import type { Database } from "../../db/connect.ts";
import type { OffLoopKind, OffLoopMessage, OffLoopTasks } from "./off-loop-tasks.ts";
import { restoreError } from "./transferred-error.ts";
import { runInWorker, workerModule } from "./start-worker.ts";

const WORKER = workerModule("off-loop-worker");

/** What a worker is started with: the task and the parent's own connection, whatever way it was found. */
export interface OffLoopWorkerData<K extends OffLoopKind = OffLoopKind> {
  kind: K;
  input: OffLoopTasks[K]["input"];
  /** The parent's Neo4j; absent for work that needs no database (a layout). */
  neo4j?: Database["config"];
  database?: string;
}

/** Runs the task in a fresh worker thread and answers what it answered (or throws what it threw); `db` undefined for work that needs no database. */
export async function runOffLoop<K extends OffLoopKind>(db: Pick<Database, "config" | "database"> | undefined, kind: K, input: OffLoopTasks[K]["input"]): Promise<OffLoopTasks[K]["output"]> {
  const data: OffLoopWorkerData<K> = { kind, input, ...(db ? { neo4j: db.config, ...(db.database ? { database: db.database } : {}) } : {}) };
  // Its driver is closed before it answers: nothing it still holds may keep it (and its memory) alive.
  const m = await runInWorker<OffLoopMessage<K>>(WORKER, data, `${kind} worker`);
  if (m.type === "done") return m.output;
  throw restoreError(m.error);
}
