// The work the service hands to a worker thread (off-loop-worker.ts), and what each piece answers:
// reading, validating and importing an upload, and writing an export to a file. Everything here
// crosses threads by structured clone, so it is plain data: no functions, no class instances.
import type { ImportOptions, ImportReport } from "../import-service.ts";
import type { ExportRequest } from "../../schemas/report.ts";
import type { Visibility } from "../entities/store.ts";

/** An import's options as a worker receives them: everything but the progress callback. */
export type WorkerImportOptions = Omit<ImportOptions, "onProgress">;

export interface ExportedFile {
  contentType: string;
  fileName: string;
  /** Bytes written to the file. */
  bytes: number;
  nodes?: number;
  edges?: number;
}

export interface OffLoopTasks {
  import: { input: { files: { name: string; data: Uint8Array }[]; options: WorkerImportOptions }; output: ImportReport };
  export: { input: { request: ExportRequest; visibility: Visibility; path: string }; output: ExportedFile };
}
export type OffLoopKind = keyof OffLoopTasks;

/** What the worker posts back: one answer, then it exits. */
export type OffLoopMessage<K extends OffLoopKind = OffLoopKind> =
  | { type: "done"; output: OffLoopTasks[K]["output"] }
  | { type: "failed"; error: import("./transferred-error.ts").TransferredError };
