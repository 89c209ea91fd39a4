// Writes an import plan in ONE transaction: batches of UNWIND … MERGE per entity, in load order,
// so a failure in the last batch leaves the database exactly as it was. Also counts, before
// writing and inside the same transaction, which relationships already exist. Every batch is
// journaled in the same transaction (journal-entries.ts, and for a sync's removals the nodes,
// relationships and decisions they touch), so the import can be undone later (import-undo.ts).
import { isRetriableError } from "neo4j-driver";
import type { Database } from "../db/connect.ts";
import { batches, isMemoryLimit, readQuery, runIn, THIS_WRITER } from "../db/index.ts";
import { isConnectionLost } from "../db/connection-lost.ts";
import type { RelationProbe, WritePlan } from "./plan-import.ts";
import { deletionCount, noDeletions, type SyncDeletions } from "./plan-sync.ts";

export type RelationEntity = "projectThemes" | "participations" | "collaborations";
export type RelationCounts = Record<RelationEntity, number>;

import { journalEntry, QUERY_STEMS } from "./journal-entries.ts";
import { newImportJobId } from "./import-journal.ts";
import { writeImportAliases, type AliasWrite } from "./import-aliases.ts";
export { QUERY_STEMS };
/** The entities in the order they are written: nodes before the relationships between them. */
export const ENTITY_ORDER = Object.keys(QUERY_STEMS) as (keyof WritePlan)[];

/** The rows of one entity that are already stored (`known`), or new. */
export const rowsOf = (plan: WritePlan, entity: keyof WritePlan, known: boolean) =>
  (plan[entity] as { id?: string; known?: boolean }[]).filter((r) => Boolean(r.known) === known);

function relationKeys(plan: RelationProbe) {
  return {
    projectThemes: plan.projectThemes.map(({ project, theme }) => ({ project, theme })),
    participations: plan.participations.map(({ partner, project }) => ({ partner, project })),
    collaborations: plan.collaborations.map(({ from, to }) => ({ from, to })),
  };
}

async function countExisting(run: (params: Record<string, unknown>) => Promise<RelationCounts[]>, probe: RelationProbe): Promise<RelationCounts> {
  if (probe.projectThemes.length + probe.participations.length + probe.collaborations.length === 0) {
    return { projectThemes: 0, participations: 0, collaborations: 0 };
  }
  const [row] = await run(relationKeys(probe));
  return row ?? { projectThemes: 0, participations: 0, collaborations: 0 };
}

/** For a dry run: the same counts, read-only. */
export function existingRelations(db: Database, probe: RelationProbe): Promise<RelationCounts> {
  return countExisting((p) => readQuery<RelationCounts>(db.driver, "import/existing-relations", p, db.database), probe);
}

export const planSize = (plan: WritePlan) => ENTITY_ORDER.reduce((n, e) => n + plan[e].length, 0);

/** The journal of a one-transaction import: its job id, and for a sync what it removes. */
export interface WriteJournal {
  job: string;
  mode: "plain" | "sync";
  /** Projects a sync removes: the decisions about them are marked orphaned, by this job. */
  orphanDecisionsOf?: string[];
  /** The partner ids the import merged into others, recorded as their aliases (import-aliases.ts). */
  aliases?: AliasWrite[];
  /** Who imports (recorded with the aliases). */
  by?: string | null;
}

export async function writeGraph(
  db: Database,
  plan: WritePlan,
  probe: RelationProbe,
  batchSize: number,
  onBatch?: (done: number, total: number) => void,
  deletions: SyncDeletions = noDeletions(),
  journal: WriteJournal = { job: newImportJobId(), mode: "plain" },
): Promise<RelationCounts> {
  const total = planSize(plan) + deletionCount(deletions);
  try {
    return await writeInOneTransaction(db, plan, probe, batchSize, total, onBatch, deletions, journal);
  } catch (err) {
    if (!(err instanceof TransactionTooLargeError) && isMemoryLimit(err)) throw new TransactionTooLargeError(total, err as Error);
    throw err;
  }
}

/** The server's transaction memory is too small for this import as one transaction. Not retried: it would fail again. */
export class TransactionTooLargeError extends Error {
  override name = "TransactionTooLargeError";
  constructor(rows: number, cause: Error) {
    super(
      `the import (${rows} nodes and relationships) does not fit in one transaction on this Neo4j server: ${cause.message} ` +
        "Nothing was written. Give the server more memory (server.memory.heap.max_size and dbms.memory.transaction.total.max), " +
        "or write it in staged batches (diagonal import --staged-above 0).",
      { cause },
    );
  }
}

/**
 * An explicit transaction rather than a managed one: the driver would retry a managed transaction
 * that ran out of transaction memory at commit for 30 s, and it would not fit next time either.
 * Other transient errors (a deadlock, a leader switch) are retried here, a few times.
 */
async function writeInOneTransaction(db: Database, plan: WritePlan, probe: RelationProbe, batchSize: number, total: number, onBatch: ((done: number, total: number) => void) | undefined, deletions: SyncDeletions, journal: WriteJournal): Promise<RelationCounts> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeAttempt(db, plan, probe, batchSize, total, onBatch, deletions, journal);
    } catch (err) {
      if (isMemoryLimit(err) || err instanceof TransactionTooLargeError || !isRetriableError(err as Error) || attempt >= MAX_ATTEMPTS) throw err;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}

const MAX_ATTEMPTS = 3;

/**
 * Sync deletions, relationships before nodes; each query file with the parameter it takes, and
 * the journal queries that keep, in the same transaction, what it removes (a node's relationships
 * one sequence number before the node itself, so an undo restores the node first).
 */
const DELETE_STEPS: [keyof SyncDeletions, string, "rows" | "ids", string[]][] = [
  ["collaborations", "sync/delete-collaborations", "rows", ["staged/snapshot-deleted-collaborations"]],
  ["participations", "sync/delete-participations", "rows", ["staged/snapshot-deleted-participations"]],
  ["projectThemes", "sync/delete-project-themes", "rows", ["staged/snapshot-deleted-project-themes"]],
  ["outcomes", "sync/delete-outcomes", "ids", ["staged/snapshot-deleted-outcomes-links", "staged/snapshot-deleted-outcomes"]],
  ["partners", "sync/delete-partners", "ids", ["staged/snapshot-deleted-partners-links", "staged/snapshot-deleted-partners"]],
  ["projects", "sync/delete-projects", "ids", ["staged/snapshot-deleted-projects-links", "staged/snapshot-deleted-projects"]],
  ["themes", "sync/delete-themes", "ids", ["staged/snapshot-deleted-themes-links", "staged/snapshot-deleted-themes"]],
];

/** Why a decision is marked orphaned by a sync. */
export const ORPHANED_BY_SYNC = "project removed by an import sync";

async function writeAttempt(db: Database, plan: WritePlan, probe: RelationProbe, batchSize: number, total: number, onBatch: ((done: number, total: number) => void) | undefined, deletions: SyncDeletions, journal: WriteJournal): Promise<RelationCounts> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: "WRITE" });
  const tx = session.beginTransaction();
  let committing = false;
  let done = 0;
  let seq = 0;
  const { job } = journal;
  const journalIt = (query: string, params: Record<string, unknown>) => runIn(tx, query, { ...params, job, seq: ++seq });
  try {
    const existing = await countExisting((p) => runIn<RelationCounts>(tx, "import/existing-relations", p), probe);
    await runIn(tx, "import-jobs/open-job", { id: job, mode: journal.mode, writer: THIS_WRITER, total });
    onBatch?.(done, total);
    // A sync removes what the file no longer lists first, in the same transaction as the writes.
    for (const [entity, query, param, snapshots] of DELETE_STEPS) {
      for (const batch of batches(deletions[entity] as unknown[], batchSize)) {
        for (const snapshot of snapshots) await journalIt(snapshot, { [param]: batch });
        await runIn(tx, query, { [param]: batch });
        done += batch.length;
        onBatch?.(done, total);
      }
    }
    // Decisions about removed projects stay, marked orphaned (journaled, so an undo unmarks them).
    for (const batch of batches(journal.orphanDecisionsOf ?? [], batchSize)) {
      await journalIt("staged/snapshot-decisions", { ids: batch });
      await runIn(tx, "sync/orphan-decisions", { ids: batch, job, reason: ORPHANED_BY_SYNC });
    }
    for (const entity of ENTITY_ORDER) {
      for (const known of [false, true]) {
        const query = `import/${known ? "merge" : "create"}-${QUERY_STEMS[entity]}`;
        for (const batch of batches(rowsOf(plan, entity, known), batchSize)) {
          const entry = journalEntry(entity, batch, known);
          if (entry) await journalIt(entry.query, entry.params);
          await runIn(tx, query, { rows: batch });
          done += batch.length;
          onBatch?.(done, total);
        }
      }
    }
    await writeImportAliases(tx, journal.aliases ?? [], { id: job, by: journal.by ?? null, seq: () => ++seq });
    committing = true;
    await tx.commit();
    return existing;
  } catch (err) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    if (isMemoryLimit(err)) throw new TransactionTooLargeError(total, err as Error);
    if (!committing && isConnectionLost(err)) throw new ImportInterruptedError(done, total, err as Error);
    throw err;
  } finally {
    await session.close();
  }
}

/** Neo4j went away before the import's transaction was committed: the server drops it, so nothing was written. */
export class ImportInterruptedError extends Error {
  override name = "ImportInterruptedError";
  constructor(done: number, total: number, cause: Error) {
    super(
      `Neo4j stopped answering during the import (after ${done} of ${total} rows were sent, before the commit); ` +
        "the transaction was never committed, so nothing was written. Start Neo4j again and run the same import.",
      { cause },
    );
  }
}
