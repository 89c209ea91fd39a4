// The work the service hands to a worker thread (off-loop-worker.ts), and what each piece answers:
// reading, validating and importing an upload (from the files it was stored in), writing an
// export to a file, and laying out a large map. Everything here
// crosses threads by structured clone, so it is plain data: no functions, no class instances.
import type { ImportOptions } from "../import-service.ts";
import type { ExportRequest } from "../../schemas/report.ts";
import type { Visibility } from "../entities/store.ts";
import type { MapLayoutOptions } from "../../analysis/map-layout.ts";

/** An uploaded file kept on disk while its request runs: the worker reads it itself, nothing is copied between threads. */
export interface StoredUpload {
  /** The name the client gave it (its extension decides the format). */
  name: string;
  path: string;
  bytes: number;
}

/** An import's options as a worker receives them: everything but the progress callback. */
export type WorkerImportOptions = Omit<ImportOptions, "onProgress">;

/**
 * An import's answer: what the route needs to audit it, and the report as the JSON bytes it sends.
 * A dry run of a large upload lists thousands of possible duplicates (megabytes of JSON): encoded
 * in the worker, and handed over without a copy, they cost the service's thread nothing.
 */
export interface ImportAnswer {
  dryRun: boolean;
  job?: string;
  summary: string;
  /** The report with its summary, as UTF-8 JSON. */
  body: Uint8Array;
}

export interface ExportedFile {
  contentType: string;
  fileName: string;
  /** Bytes written to the file. */
  bytes: number;
  nodes?: number;
  edges?: number;
}

/** A map's graph as its layout needs it: node keys in order, and each edge's ends (by index) and weight. */
export interface LayoutInput {
  nodes: string[];
  edges: [number, number, number][];
  options: MapLayoutOptions;
}

export interface OffLoopTasks {
  import: { input: { files: StoredUpload[]; options: WorkerImportOptions }; output: ImportAnswer };
  export: { input: { request: ExportRequest; visibility: Visibility; path: string }; output: ExportedFile };
  /** x, y and size of each node, in the input's order (needs no database). */
  layout: { input: LayoutInput; output: { positions: Float64Array } };
}
export type OffLoopKind = keyof OffLoopTasks;

/** What the worker posts back: one answer, then it exits. */
export type OffLoopMessage<K extends OffLoopKind = OffLoopKind> =
  | { type: "done"; output: OffLoopTasks[K]["output"] }
  | { type: "failed"; error: import("./transferred-error.ts").TransferredError };
