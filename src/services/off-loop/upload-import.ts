// An uploaded import (HTTP) read, validated, checked and written off the event loop: a large
// upload goes to a worker thread, which runs exactly the import the CLI runs (same rules, same
// problems, same report), encodes the report as JSON there, and exits when done, giving back the
// memory the parsed rows took. Small uploads — a corrected sheet of a few hundred rows — are
// imported in the service's own thread, where they take milliseconds and a worker's start-up
// would cost more than it saves.
import type { Database } from "../../db/connect.ts";
import { importFiles } from "../import-service.ts";
import { markStale } from "../data-version.ts";
import { importAnswer } from "./import-answer.ts";
import type { ImportAnswer, WorkerImportOptions } from "./off-loop-tasks.ts";
import { runOffLoop } from "./worker-task.ts";

export type { ImportAnswer } from "./off-loop-tasks.ts";

/** Uploads of at least this many bytes in all are imported in a worker thread. */
export const OFF_LOOP_UPLOAD_BYTES = 256 * 1024;

export async function importUpload(db: Database, files: { name: string; data: Buffer }[], options: WorkerImportOptions, offLoopFrom = OFF_LOOP_UPLOAD_BYTES): Promise<ImportAnswer> {
  const bytes = files.reduce((n, f) => n + f.data.byteLength, 0);
  if (bytes < offLoopFrom) return importAnswer(await importFiles(db, files, options));
  try {
    return await runOffLoop(db, "import", { files, options });
  } finally {
    // The worker bumped the stored data version; this process's caches read it again at once.
    if (!options.dryRun) markStale(db);
  }
}
