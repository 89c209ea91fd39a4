// A graph or CSV export written to a file by a worker thread: a whole-programme GEXF is seconds of
// string building and ~100 MB of text, which in the service's own thread stalled every other
// request. The route (or the public export cache) then streams the finished file. A failed export
// leaves no file behind.
import { rm } from "node:fs/promises";
import type { Database } from "../../db/connect.ts";
import type { ExportRequest } from "../../schemas/report.ts";
import type { Visibility } from "../entities/store.ts";
import type { ExportedFile } from "./off-loop-tasks.ts";
import { runOffLoop } from "./worker-task.ts";

export type { ExportedFile } from "./off-loop-tasks.ts";

/** Writes the export to `path` in a worker thread; answers its type, file name, size and counts. */
export async function exportToFile(db: Pick<Database, "config" | "database">, request: ExportRequest, visibility: Visibility, path: string): Promise<ExportedFile> {
  try {
    return await runOffLoop(db, "export", { request, visibility, path });
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }
}
