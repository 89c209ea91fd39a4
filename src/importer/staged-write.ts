// Writes a large import plan in staged batches, each its own small transaction, so that a
// CORDIS-size import (250k rows) fits the everyday 512 MB server — and still all or nothing, as
// readers see it:
// - the nodes it creates are written under staging labels (:StagedProject, …) that no reader
//   matches, and the relationships it creates hang on them, so readers see none of it;
// - its last transaction is small: it gives the staged nodes their own labels (which checks the
//   uniqueness constraints), writes the changes to rows already stored (when they are at most
//   FINAL_STORED_ROWS; a larger set is written in journaled batches before, visible as written),
//   and marks the job committed. Only then does the import appear, at once.
// Every batch records, in its own transaction, what it creates (ids) or the before-image of what it
// changes (import-journal.ts). A failure before the last transaction undoes the batches newest
// first, and a killed writer's batches are undone at the next start or import: the graph is
// exactly as it was before.
import type { ManagedTransaction } from "neo4j-driver";
import type { Database } from "../db/connect.ts";
import { batches, readQuery, runIn, THIS_WRITER, whileServerAnswers, writeTransaction } from "../db/index.ts";
import { newImportJobId, undoImport } from "./import-journal.ts";
import { isConnectionLost } from "../db/connection-lost.ts";
import { IMPORT_SWEEP_DEFAULT_SECONDS } from "../db/writer-process.ts";
import type { RelationProbe, WritePlan } from "./plan-import.ts";
import { ENTITY_ORDER, existingRelations, planSize, QUERY_STEMS, rowsOf, type RelationCounts } from "./write-graph.ts";
import { journalEntry } from "./journal-entries.ts";
import { writeImportAliases, type AliasWrite } from "./import-aliases.ts";

/**
 * Changes to rows already stored are written in the last transaction, with the staged nodes'
 * labels, when there are at most this many (about 70 MB of transaction state, well inside the
 * everyday server's 384 MB); more are written in journaled batches before it.
 */
export const FINAL_STORED_ROWS = 20_000;

/** One batch: what to journal before writing it, and the write itself. */
interface Batch {
  journal: { query: string; params: Record<string, unknown> } | undefined;
  write: string;
  rows: unknown[];
}

/**
 * The batches of the new rows (`known` false) or of the changes to stored ones, entity by entity.
 * New rows go under staging labels, nodes journaled by id (a new relationship hangs on a new node,
 * whose undo removes it); a change to stored rows is journaled with the before-image of what it changes.
 */
function* batchesOf(plan: WritePlan, batchSize: number, known: boolean): Generator<Batch> {
  for (const entity of ENTITY_ORDER) {
    const stem = QUERY_STEMS[entity];
    for (const batch of batches(rowsOf(plan, entity, known), batchSize)) {
      yield { journal: journalEntry(entity, batch, known), write: known ? `import/merge-${stem}` : `staged/create-${stem}`, rows: batch };
    }
  }
}

/** A staged import failed and was undone (or will be, at the next start, if the undo failed too). */
export class StagedImportError extends Error {
  override name = "StagedImportError";
  constructor(done: number, total: number, undone: boolean, cause: Error) {
    super(
      `the import failed after ${done} of ${total} rows were written in stages: ${cause.message.split("\n")[0]} ` +
        (undone
          ? "Every staged row was undone: the graph is as it was before the import."
          : "The staged rows are undone at the next start of Diagonal or before the next import; until then they are marked as an unfinished import."),
      { cause },
    );
  }
}

/** Neo4j stopped answering during a staged import: what was written and who undoes it, and when. */
export class StagedImportLostError extends Error {
  override name = "StagedImportLostError";
  constructor(uri: string, job: string, done: number, total: number, cause: Error) {
    super(
      `Neo4j at ${uri} stopped answering during the import, after ${done} of ${total} rows were written in stages (import ${job}). ` +
        "Those rows are invisible to every reader. Unless the import's last step had committed (diagonal import jobs shows it as committed), " +
        `they are undone by a running Diagonal service within ${IMPORT_SWEEP_DEFAULT_SECONDS} s of Neo4j answering again (IMPORT_SWEEP_SECONDS), ` +
        "and otherwise at the service's next start or before the next import.",
      { cause },
    );
  }
}

async function isCommitted(db: Database, job: string): Promise<boolean> {
  const rows = await readQuery<{ status: string }>(db.driver, "staged/job-status", { id: job }, db.database).catch(() => []);
  return rows[0]?.status === "committed";
}

export interface StagedOptions {
  batchSize: number;
  /** See FINAL_STORED_ROWS. */
  finalStoredRows?: number | undefined;
  /** The import job's id (its journal is kept after the commit, so the import can be undone). */
  job?: string;
  /** The partner ids the import merged into others: recorded as their aliases in the last transaction. */
  aliases?: AliasWrite[];
  /** Who imports (recorded with the aliases). */
  by?: string | null;
}

export async function writeStaged(db: Database, plan: WritePlan, probe: RelationProbe, { batchSize, finalStoredRows = FINAL_STORED_ROWS, job = newImportJobId(), aliases = [], by = null }: StagedOptions, onBatch?: (done: number, total: number) => void | Promise<void>): Promise<RelationCounts> {
  const total = planSize(plan);
  const existing = await existingRelations(db, probe);
  // Raced against a probe of the server: a lost Neo4j is known in about two seconds, not after the driver's retries.
  const write = <T>(work: (tx: ManagedTransaction) => Promise<T>) => whileServerAnswers(db.config.uri, writeTransaction(db.driver, work, db.database));
  await write((tx) => runIn(tx, "staged/create-job", { id: job, writer: THIS_WRITER, total }));
  let done = 0;
  let seq = 0;
  await onBatch?.(0, total);
  const writeBatch = async (batch: Batch) => {
    seq += 1;
    const after = done + batch.rows.length;
    // The journal entry, the rows and the progress commit together, or not at all.
    await write(async (tx) => {
      if (batch.journal) await runIn(tx, batch.journal.query, { ...batch.journal.params, job, seq });
      await runIn(tx, batch.write, { rows: batch.rows });
      const [alive] = await runIn(tx, "staged/progress-job", { id: job, done: after });
      if (!alive) throw new Error(`import ${job} was undone by another process while it was written`);
    });
    done = after;
    await onBatch?.(done, total);
  };
  const storedRows = ENTITY_ORDER.reduce((n, entity) => n + rowsOf(plan, entity, true).length, 0);
  const storedInLast = storedRows <= finalStoredRows;
  try {
    for (const batch of batchesOf(plan, batchSize, false)) await writeBatch(batch);
    if (!storedInLast) for (const batch of batchesOf(plan, batchSize, true)) await writeBatch(batch);
    // The last transaction: the staged nodes get their labels, the stored rows their changes.
    const committed = await write(async (tx) => {
      await runIn(tx, "staged/reveal-created", { job });
      if (storedInLast) {
        // Journaled too, so the committed import can be undone later.
        for (const batch of batchesOf(plan, batchSize, true)) {
          if (batch.journal) await runIn(tx, batch.journal.query, { ...batch.journal.params, job, seq: ++seq });
          await runIn(tx, batch.write, { rows: batch.rows });
        }
      }
      // Few (one per merged id) and read by every resolver: recorded only with the rest, at once.
      await writeImportAliases(tx, aliases, { id: job, by, seq: () => ++seq });
      const [ok] = await runIn(tx, "staged/commit-job", { id: job });
      return ok;
    });
    if (!committed) throw new Error(`import ${job} was undone by another process before it was committed`);
  } catch (err) {
    // Neo4j is gone: neither the commit's outcome nor an undo can be had now, and waiting for them
    // would only hold the command for minutes. The job's own status says what happened.
    if (isConnectionLost(err)) throw new StagedImportLostError(db.config.uri, job, done, total, err as Error);
    // The answer to the last transaction may be lost after it committed: a committed import is final.
    if (!(await isCommitted(db, job))) {
      const undone = await undoImport(db, job).then(() => true, () => false);
      throw new StagedImportError(done, total, undone, err as Error);
    }
  }
  // Committed: the journal stays, so the import can be undone (import-undo.ts); old ones are pruned.
  await onBatch?.(total, total);
  return existing;
}
