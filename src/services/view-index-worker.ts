// The worker thread that reads the graph view index (view-index.ts) with its own connection to
// the service's Neo4j: decoding a few hundred thousand records and building the adjacency here
// keeps that work, and the garbage it makes, off the service's event loop. It answers once —
// the typed arrays, the nodes' fields text among them, handed over without a copy — and ends.
import { parentPort, workerData } from "node:worker_threads";
import { openDriver, type Database } from "../db/index.ts";
import { GraphMoved, readViewIndexData, typedArraysOf, type OrderForIndex, type ViewIndexAnswer } from "./view-index.ts";

const { neo4j, database, order } = workerData as { neo4j: Database["config"]; database?: string; order: OrderForIndex };
const driver = openDriver(neo4j, "service");
let answer: ViewIndexAnswer;
try {
  answer = { ok: true, data: await readViewIndexData({ driver, ...(database ? { database } : {}) }, order) };
} catch (err) {
  answer = { ok: false, moved: err instanceof GraphMoved, message: err instanceof Error ? err.message : String(err) };
} finally {
  await driver.close().catch(() => undefined);
}
const transfer = answer.ok
  ? typedArraysOf(answer.data).map((a) => a.buffer as ArrayBuffer)
  : [];
parentPort!.postMessage(answer, transfer);
