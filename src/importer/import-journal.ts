// The undo journal of staged imports: an (:ImportJob {id, status}) and, per written batch, what it
// created (ids) or the before-image of what it changed (:ImportUndo nodes). A job that is not
// committed is undone batch by batch, newest first, each batch in its own small transaction that
// also removes its journal entry — so an undo that is itself interrupted resumes where it stopped.
// Jobs whose writer is gone (a killed process on this host) or silent are undone at the next
// start of the service and before the next import, like crashed analysis runs.
import { randomUUID } from "node:crypto";
import neo4j from "neo4j-driver";
import type { Database } from "../db/connect.ts";
import { readQuery, runIn, THIS_WRITER, writeTransaction, writerIsGone } from "../db/index.ts";
import { ConflictError } from "../errors.ts";

/** A writer that has not reported for this long has stopped (a batch takes seconds). */
export const SILENT_MINUTES = 10;
const CLEAR_BATCH = 10_000;

/** The kinds of journal entry; each has its undo query, staged/undo-<kind>. */
export const JOURNAL_KINDS = [
  "created-themes", "created-projects", "created-partners", "created-outcomes",
  "stored-themes", "stored-projects", "stored-partners", "stored-outcomes",
  "stored-project-themes", "stored-participations", "stored-collaborations",
  // A sync's removals (nodes with their labels, relationships with their endpoints) and the decisions it marks orphaned.
  "deleted-nodes", "deleted-relationships", "stored-decisions",
  // Ids the import merged into another partner: the alias records it made, or changed (import-aliases.ts).
  "created-partner-aliases", "stored-partner-aliases",
] as const;

/** A new import's job id: when it started, and a random tail. */
export const newImportJobId = () => `import-${new Date().toISOString().replace(/[-:.]/g, "")}-${randomUUID().slice(0, 8)}`;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

const write = <T>(db: Database, query: string, params: Record<string, unknown>) =>
  writeTransaction(db.driver, (tx) => runIn<T>(tx, query, params), db.database);

/**
 * Undoes every batch an import wrote, newest first, then removes the job (a failed or killed staged
 * import) or, with `keepJob`, leaves it for the caller to mark undone (an undo a coordinator asked for).
 */
export async function undoImport(db: Database, id: string, keepJob = false): Promise<number> {
  const batches = await readQuery<{ seq: number; kind: string }>(db.driver, "staged/journal-batches", { id }, db.database);
  for (const { seq, kind } of batches) {
    if (!(JOURNAL_KINDS as readonly string[]).includes(kind)) throw new Error(`import journal ${id}: unknown entry kind "${kind}" in batch ${seq}`);
    await write(db, `staged/undo-${kind}`, { job: id, seq });
  }
  if (!keepJob) await write(db, "staged/delete-job", { id });
  return batches.length;
}

/** Removes the journal of a committed import (it can no longer be undone), and the job unless `keepJob`. */
export async function clearJournal(db: Database, id: string, keepJob = false): Promise<void> {
  for (;;) {
    const [r] = await write<{ deleted: number }>(db, "staged/clear-journal-batch", { id, limit: neo4j.int(CLEAR_BATCH) });
    if (!r || r.deleted === 0) break;
  }
  if (!keepJob) await write(db, "staged/delete-job", { id });
}

export interface Recovery {
  /** Staged imports whose writer was gone: undone, the graph as before them. */
  undone: string[];
  /** Undos of committed imports whose writer was gone: finished, the imports marked undone. */
  cleared: string[];
  /** Staged imports still being written by a live process. */
  running: { id: string; writer: string }[];
}

/** Undoes the staged imports whose writer is gone or silent, and finishes undos such a writer left. */
export async function recoverImports(db: Database, silentMinutes = SILENT_MINUTES): Promise<Recovery> {
  const before = new Date(Date.now() - silentMinutes * 60_000).toISOString();
  const jobs = await readQuery<{ id: string; status: string; writer: string; silent: boolean }>(db.driver, "staged/unfinished-jobs", { before }, db.database);
  const out: Recovery = { undone: [], cleared: [], running: [] };
  for (const job of jobs) {
    if (!(job.silent || writerIsGone(job.writer))) out.running.push({ id: job.id, writer: job.writer });
    else if (job.status === "undoing") {
      await undoImport(db, job.id, true);
      await write(db, "import-jobs/mark-job", { id: job.id, from: "undoing", to: "undone", writer: THIS_WRITER, by: null });
      out.cleared.push(job.id);
    } else {
      await undoImport(db, job.id);
      out.undone.push(job.id);
    }
  }
  return out;
}

/** Before an import writes: recovery first; a staged import still being written by a live process is a conflict. */
export async function recoverBeforeImport(db: Database): Promise<Recovery> {
  const recovered = await recoverImports(db);
  const other = recovered.running[0];
  if (other) throw new ConflictError(`another import is being written (${other.id}, by ${other.writer}); try again when it has finished`, { importJob: other.id });
  return recovered;
}
