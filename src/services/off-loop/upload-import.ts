// An uploaded import (HTTP) read, validated, checked and written off the event loop: the upload's
// files are on disk (the HTTP layer streamed them there), and a large upload goes to a worker
// thread with their paths only; the worker reads them, runs exactly the import the CLI runs (same
// rules, same problems, same report), encodes the answer there (its lists capped), and exits when
// done, giving back the memory the parsed rows took. Small uploads — a corrected sheet of a few
// hundred rows — are imported in the service's own thread, where they take milliseconds and a
// worker's start-up would cost more than it saves.
import { readFile } from "node:fs/promises";
import type { Database } from "../../db/connect.ts";
import { importFiles } from "../import-service.ts";
import { markStale } from "../data-version.ts";
import { importAnswer } from "./import-answer.ts";
import type { ImportAnswer, StoredUpload, WorkerImportOptions } from "./off-loop-tasks.ts";
import { runOffLoop } from "./worker-task.ts";

export type { ImportAnswer, StoredUpload } from "./off-loop-tasks.ts";

/** Uploads of at least this many bytes in all (an XLSX file counted as its text) are imported in a worker thread. */
export const OFF_LOOP_UPLOAD_BYTES = 256 * 1024;
/** An XLSX file is zipped XML: its cells take about ten times its size to read. */
const XLSX_WEIGHT = 10;

/** The upload's size as the work of reading it: bytes, an XLSX file's times XLSX_WEIGHT. */
export function uploadWeight(files: readonly { name: string; bytes: number }[]): number {
  return files.reduce((n, f) => n + f.bytes * (/\.xlsx$/i.test(f.name) ? XLSX_WEIGHT : 1), 0);
}

/** The stored files' contents, under the names the client gave them. */
export async function readUploads(files: readonly StoredUpload[]): Promise<{ name: string; data: Buffer }[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, data: await readFile(f.path) })));
}

export async function importUpload(db: Database, files: StoredUpload[], options: WorkerImportOptions, offLoopFrom = OFF_LOOP_UPLOAD_BYTES): Promise<ImportAnswer> {
  if (uploadWeight(files) < offLoopFrom) return importAnswer(await importFiles(db, await readUploads(files), options));
  try {
    return await runOffLoop(db, "import", { files, options });
  } finally {
    // The worker bumped the stored data version; this process's caches read it again at once.
    if (!options.dryRun) markStale(db);
  }
}
