// The recommender's worker thread (recommender-thread.ts): holds the current graph's recommender
// with its own driver to the service's Neo4j, and answers each call of the table in
// recommendation-calls.ts. Building the indexes (seconds on a whole EU programme) and ranking a
// described network (a whole index per request) then never hold up the service's own thread.
import { parentPort, workerData } from "node:worker_threads";
import { openDriver, type Database } from "../../db/connect.ts";
import { knownDataVersion, markStale } from "../data-version.ts";
import { RECOMMENDATION_CALLS } from "../recommendation-calls.ts";
import type { RecommenderReply, RecommenderRequest, RecommenderWorkerData } from "./recommender-thread.ts";
import { transferError } from "./transferred-error.ts";

const data = workerData as RecommenderWorkerData;
const driver = openDriver(data.neo4j, "service");
const db: Database = { driver, config: data.neo4j, ...(data.database ? { database: data.database } : {}), close: () => driver.close() };
const port = parentPort!;

port.on("message", (m: RecommenderRequest | { close: true }) => {
  if ("close" in m) {
    void driver.close().catch(() => undefined).finally(() => port.close());
    return;
  }
  // The service saw another data version than this thread knows (a write it just made): read it again.
  if (knownDataVersion(db)?.token !== m.version) markStale(db);
  const call = RECOMMENDATION_CALLS[m.call] as (db: Database, ...args: unknown[]) => Promise<unknown>;
  call(db, ...m.args).then(
    (value) => port.postMessage({ id: m.id, ok: true, value } satisfies RecommenderReply),
    (err: unknown) => port.postMessage({ id: m.id, ok: false, error: transferError(err) } satisfies RecommenderReply),
  );
});
