// The service's recommender in a worker thread of its own (recommender-worker.ts), started at the
// first call and kept: it holds the indexes of the current data version, so a query costs the
// service's thread a message each way. Every call carries the data version the service knows, so
// a recommendation asked right after a write ranks the written graph.
import type { Worker } from "node:worker_threads";
import type { Database } from "../../db/connect.ts";
import { currentDataVersion } from "../data-version.ts";
import type { RecommendationArgs, RecommendationCall, Recommendations } from "../recommendation-calls.ts";
import { RECOMMENDATION_CALLS } from "../recommendation-calls.ts";
import { startWorkerThread, workerModule } from "./start-worker.ts";
import { restoreError, type TransferredError } from "./transferred-error.ts";

export interface RecommenderWorkerData {
  neo4j: Database["config"];
  database?: string;
}
export interface RecommenderRequest {
  id: number;
  call: RecommendationCall;
  args: unknown[];
  /** The data version token the service knows. */
  version: string;
}
export type RecommenderReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: TransferredError };

const WORKER = workerModule("recommender-worker");
/** How long a closing worker may take to close its driver before it is stopped. */
const CLOSE_MS = 5_000;

export function recommenderThread(db: Pick<Database, "driver" | "config" | "database">): Recommendations {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  const started = (): Worker => {
    if (worker) return worker;
    const w = startWorkerThread(WORKER, { neo4j: db.config, ...(db.database ? { database: db.database } : {}) } satisfies RecommenderWorkerData);
    let failure: Error | undefined;
    w.on("message", (m: RecommenderReply) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      // An idle worker never keeps the process alive.
      if (pending.size === 0) w.unref();
      if (m.ok) p.resolve(m.value);
      else p.reject(restoreError(m.error));
    });
    w.on("error", (err) => { failure = err; });
    w.on("exit", (code) => {
      if (worker === w) worker = undefined;
      const err = new Error(`the recommender's worker stopped (exit code ${code})${failure ? `: ${failure.message}` : ""}`);
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
    w.unref();
    return (worker = w);
  };

  const call = async (name: RecommendationCall, args: unknown[]): Promise<unknown> => {
    const { token } = await currentDataVersion(db);
    const w = started();
    return new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      w.ref();
      w.postMessage({ id, call: name, args, version: token } satisfies RecommenderRequest);
    });
  };

  const out: Record<string, unknown> = {
    async close() {
      const w = worker;
      worker = undefined;
      if (!w) return;
      const exited = new Promise<void>((resolve) => w.once("exit", () => resolve()));
      w.postMessage({ close: true });
      const timer = setTimeout(() => void w.terminate(), CLOSE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
  for (const name of Object.keys(RECOMMENDATION_CALLS) as RecommendationCall[]) {
    out[name] = (...args: RecommendationArgs<typeof name>) => call(name, args);
  }
  return out as Recommendations;
}
