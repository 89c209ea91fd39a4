// Writes a large import plan in staged batches, each its own small transaction, so that a
// CORDIS-size import (250k rows) fits the everyday 512 MB server — and still all or nothing:
// every batch records, in its own transaction, what it creates (ids) or the before-image of what
// it changes (import-journal.ts). The job is committed in one small final transaction; a failure
// before that undoes the batches newest first, and a killed writer's batches are undone at the
// next start or import. Readers may see the rows of a staged import while it is being written;
// once it failed or was recovered, the graph is exactly as it was before it.
import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import type { Database } from "../db/connect.ts";
import { runIn, THIS_WRITER, writeTransaction } from "../db/index.ts";
import { clearJournal, undoImport, type JournalKind } from "./import-journal.ts";
import type { RelationProbe, WritePlan } from "./plan-import.ts";
import { existingRelations, planSize, QUERY_STEMS, type RelationCounts } from "./write-graph.ts";

const NODE_ENTITIES = new Set<keyof WritePlan>(["themes", "projects", "partners", "outcomes"]);

/** One batch: what to journal before writing it, and the write itself. */
interface Batch {
  journal: { query: string; params: Record<string, unknown> } | undefined;
  write: string;
  rows: unknown[];
}

function* batchesOf(plan: WritePlan, batchSize: number): Generator<Batch> {
  for (const entity of Object.keys(QUERY_STEMS) as (keyof WritePlan)[]) {
    const rows = plan[entity] as { id?: string; known?: boolean }[];
    const stem = QUERY_STEMS[entity];
    const created = rows.filter((r) => !r.known);
    const stored = rows.filter((r) => r.known);
    for (let i = 0; i < created.length; i += batchSize) {
      const batch = created.slice(i, i + batchSize);
      // New relationships hang on a node this import creates: undoing that node removes them.
      const journal = NODE_ENTITIES.has(entity)
        ? { query: "staged/journal-created", params: { kind: `created-${stem}` as JournalKind, ids: batch.map((r) => r.id) } }
        : undefined;
      yield { journal, write: `import/create-${stem}`, rows: batch };
    }
    for (let i = 0; i < stored.length; i += batchSize) {
      const batch = stored.slice(i, i + batchSize);
      const params = NODE_ENTITIES.has(entity) ? { ids: batch.map((r) => r.id) } : { rows: batch };
      yield { journal: { query: `staged/snapshot-${stem}`, params }, write: `import/merge-${stem}`, rows: batch };
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

export async function writeStaged(db: Database, plan: WritePlan, probe: RelationProbe, batchSize: number, onBatch?: (done: number, total: number) => void): Promise<RelationCounts> {
  const total = planSize(plan);
  const existing = await existingRelations(db, probe);
  const job = `import-${new Date().toISOString().replace(/[-:.]/g, "")}-${randomUUID().slice(0, 8)}`;
  const write = <T>(work: (tx: ManagedTransaction) => Promise<T>) => writeTransaction(db.driver, work, db.database);
  await write((tx) => runIn(tx, "staged/create-job", { id: job, writer: THIS_WRITER, total }));
  let done = 0;
  let seq = 0;
  onBatch?.(0, total);
  try {
    for (const batch of batchesOf(plan, batchSize)) {
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
      onBatch?.(done, total);
    }
    const [committed] = await write((tx) => runIn(tx, "staged/commit-job", { id: job }));
    if (!committed) throw new Error(`import ${job} was undone by another process before it was committed`);
  } catch (err) {
    const undone = await undoImport(db, job).then(() => true, () => false);
    throw new StagedImportError(done, total, undone, err as Error);
  }
  // Committed: the journal is only bookkeeping now (cleared at the next start if this fails).
  await clearJournal(db, job).catch(() => undefined);
  return existing;
}
