// The worker thread behind worker-task.ts: opens a driver to the parent's Neo4j, runs one task with
// the same services the CLI and the service use (so the rules and messages are the same ones),
// posts the answer or the error as plain data, closes the driver and ends.
import { parentPort, workerData } from "node:worker_threads";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { openDriver, type Database } from "../../db/connect.ts";
import type { OffLoopKind, OffLoopMessage, OffLoopTasks } from "./off-loop-tasks.ts";
import type { OffLoopWorkerData } from "./worker-task.ts";
import { transferError } from "./transferred-error.ts";

type Task<K extends OffLoopKind> = (db: Database | undefined, input: OffLoopTasks[K]["input"]) => Promise<OffLoopTasks[K]["output"]>;

/** The parent's database: every task but a layout has one. */
function database(db: Database | undefined): Database {
  if (!db) throw new Error("off-loop worker: this task needs the service's database");
  return db;
}

const TASKS: { [K in OffLoopKind]: Task<K> } = {
  import: async (db, { files, options }) => {
    const { importFiles } = await import("../import-service.ts");
    const { importAnswer } = await import("./import-answer.ts");
    const { readUploads } = await import("./upload-import.ts");
    return importAnswer(await importFiles(database(db), await readUploads(files), options));
  },
  export: async (db, { request, visibility, path }) => {
    const { streamExport } = await import("../export-service.ts");
    const out = createWriteStream(path);
    let meta = { contentType: "", fileName: "" };
    try {
      const counts = await streamExport(database(db), request, visibility, {
        begin: (m) => { meta = m; },
        write: async (chunk) => { if (!out.write(chunk)) await once(out, "drain"); },
      });
      out.end();
      await once(out, "finish");
      return { ...meta, bytes: out.bytesWritten, ...(counts.nodes !== undefined ? { nodes: counts.nodes, edges: counts.edges } : {}) };
    } catch (err) {
      out.destroy();
      throw err;
    }
  },
  layout: async (_db, input) => {
    const { layoutPositions } = await import("./map-layout-off-loop.ts");
    return { positions: layoutPositions(input) };
  },
};

async function run(data: OffLoopWorkerData): Promise<OffLoopMessage> {
  const driver = data.neo4j ? openDriver(data.neo4j, "service") : undefined;
  const db: Database | undefined = driver && data.neo4j ? { driver, config: data.neo4j, ...(data.database ? { database: data.database } : {}), close: () => driver.close() } : undefined;
  try {
    const task = TASKS[data.kind] as Task<OffLoopKind>;
    return { type: "done", output: await task(db, data.input) };
  } catch (err) {
    return { type: "failed", error: transferError(err) };
  } finally {
    // The answer is posted whatever closing the driver does.
    await driver?.close().catch(() => undefined);
  }
}

const message = await run(workerData as OffLoopWorkerData);
// An answer's encoded body (or a layout's positions) moves to the service's thread without a copy.
const output = message.type === "done" ? message.output : undefined;
const buffer = output && "body" in output ? output.body.buffer : output && "positions" in output ? output.positions.buffer : undefined;
parentPort!.postMessage(message, buffer ? [buffer as ArrayBuffer] : []);
