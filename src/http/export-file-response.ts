// An export answered from a file: a worker thread writes the export (services/off-loop/
// export-file.ts) while the service keeps answering other requests, then the file is streamed to
// the response and removed. Problems found before anything was written (a run not found, a role
// that may not) are answered as problems, since no header has been sent yet.
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import type { Response } from "express";
import type { Database } from "../db/connect.ts";
import type { ExportRequest } from "../schemas/report.ts";
import type { Visibility } from "../services/entities/store.ts";
import { exportToFile } from "../services/off-loop/export-file.ts";

/** The headers of an export download: its type, size and file name, and nothing it could run. */
export function setExportHeaders(res: Response, file: { contentType: string; fileName: string; bytes: number }): void {
  res.status(200).type(file.contentType);
  res.setHeader("Content-Length", String(file.bytes));
  res.setHeader("content-disposition", `attachment; filename="${file.fileName}"`);
  res.setHeader("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
}

/** Builds the export in a worker thread into a temporary file, then streams that file to `res`. */
export async function sendExportFile(db: Database, request: ExportRequest, visibility: Visibility, res: Response, dir = tmpdir()): Promise<void> {
  const path = join(dir, `diagonal-export-${randomUUID()}`);
  try {
    const file = await exportToFile(db, request, visibility, path);
    setExportHeaders(res, file);
    if (res.req.method === "HEAD") return void res.end();
    await pipeline(createReadStream(path), res);
  } finally {
    await rm(path, { force: true });
  }
}
