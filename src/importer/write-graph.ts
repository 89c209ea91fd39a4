// Writes an import plan in ONE transaction: batches of UNWIND … MERGE per entity, in load order,
// so a failure in the last batch leaves the database exactly as it was. Also counts, before
// writing and inside the same transaction, which relationships already exist.
import { isRetriableError } from "neo4j-driver";
import type { Database } from "../db/connect.ts";
import { readQuery, runIn } from "../db/index.ts";
import type { RelationProbe, WritePlan } from "./plan-import.ts";

export type RelationEntity = "projectThemes" | "participations" | "collaborations";
export type RelationCounts = Record<RelationEntity, number>;

/** Query file stem per entity, in load order: import/create-<stem> for new rows, import/merge-<stem> for known ones. */
const QUERY: Record<keyof WritePlan, string> = {
  themes: "themes",
  projects: "projects",
  partners: "partners",
  outcomes: "outcomes",
  projectThemes: "project-themes",
  participations: "participations",
  collaborations: "collaborations",
};
const ORDER = Object.keys(QUERY) as (keyof WritePlan)[];

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

export const planSize = (plan: WritePlan) => ORDER.reduce((n, e) => n + plan[e].length, 0);

export async function writeGraph(
  db: Database,
  plan: WritePlan,
  probe: RelationProbe,
  batchSize: number,
  onBatch?: (done: number, total: number) => void,
): Promise<RelationCounts> {
  const total = planSize(plan);
  try {
    return await writeInOneTransaction(db, plan, probe, batchSize, total, onBatch);
  } catch (err) {
    if (!(err instanceof TransactionTooLargeError) && isTransactionTooLarge(err)) throw new TransactionTooLargeError(total, err as Error);
    throw err;
  }
}

/** The server's total transaction memory (dbms.memory.transaction.total.max) or per-transaction limit (db.memory.transaction.max). */
const MEMORY_LIMIT_CODES = new Set(["Neo.TransientError.General.MemoryPoolOutOfMemoryError", "Neo.TransientError.General.TransactionMemoryLimit"]);
const isTransactionTooLarge = (err: unknown) => MEMORY_LIMIT_CODES.has((err as { code?: string })?.code ?? "");

/** The server's transaction memory is too small for this import as one transaction. Not retried: it would fail again. */
export class TransactionTooLargeError extends Error {
  override name = "TransactionTooLargeError";
  constructor(rows: number, cause: Error) {
    super(
      `the import (${rows} nodes and relationships) does not fit in one transaction on this Neo4j server: ${cause.message} ` +
        "Nothing was written. Give the server more memory (server.memory.heap.max_size and dbms.memory.transaction.total.max), " +
        "or import the files in parts (for example participations.csv on its own, after the rest).",
      { cause },
    );
  }
}

/**
 * An explicit transaction rather than a managed one: the driver would retry a managed transaction
 * that ran out of transaction memory at commit for 30 s, and it would not fit next time either.
 * Other transient errors (a deadlock, a leader switch) are retried here, a few times.
 */
async function writeInOneTransaction(db: Database, plan: WritePlan, probe: RelationProbe, batchSize: number, total: number, onBatch?: (done: number, total: number) => void): Promise<RelationCounts> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeAttempt(db, plan, probe, batchSize, total, onBatch);
    } catch (err) {
      if (isTransactionTooLarge(err) || err instanceof TransactionTooLargeError || !isRetriableError(err as Error) || attempt >= MAX_ATTEMPTS) throw err;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}

const MAX_ATTEMPTS = 3;

async function writeAttempt(db: Database, plan: WritePlan, probe: RelationProbe, batchSize: number, total: number, onBatch?: (done: number, total: number) => void): Promise<RelationCounts> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: "WRITE" });
  const tx = session.beginTransaction();
  try {
    const existing = await countExisting((p) => runIn<RelationCounts>(tx, "import/existing-relations", p), probe);
    let done = 0;
    onBatch?.(done, total);
    for (const entity of ORDER) {
      const rows = plan[entity] as { known?: boolean }[];
      const steps = [[`import/create-${QUERY[entity]}`, rows.filter((r) => !r.known)], [`import/merge-${QUERY[entity]}`, rows.filter((r) => r.known)]] as const;
      for (const [query, list] of steps) {
        for (let i = 0; i < list.length; i += batchSize) {
          const batch = list.slice(i, i + batchSize);
          await runIn(tx, query, { rows: batch });
          done += batch.length;
          onBatch?.(done, total);
        }
      }
    }
    await tx.commit();
    return existing;
  } catch (err) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    if (isTransactionTooLarge(err)) throw new TransactionTooLargeError(total, err as Error);
    throw err;
  } finally {
    await session.close();
  }
}
