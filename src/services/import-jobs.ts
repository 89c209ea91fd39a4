// The imports Diagonal remembers, and undoing them. Every import — plain, sync or staged — keeps
// an undo journal under its (:ImportJob): the ids of the nodes it created and the before-image of
// everything it changed or removed (import-journal.ts). The newest DIAGONAL_KEEP_IMPORTS (default
// 10) keep it; older journals are pruned after each import and can no longer be undone.
//
// Only the newest import still in effect can be undone: an older one may have been changed by
// those after it, and restoring its before-image over them would lose their work. To go further
// back, undo the newer ones first, newest first (the refusal names them). An undo has a dry run
// listing what it would remove and restore; an undone import cannot be undone again (import the
// file again instead). Changes made after the import by other means (an edit in the workspace, a
// decision) to the rows it touched are overwritten by their state before the import.
import neo4j from "neo4j-driver";
import type { Database } from "../db/connect.ts";
import { readQuery, THIS_WRITER, writeQuery } from "../db/index.ts";
import { ConflictError, NotFoundError, parseInput } from "../errors.ts";
import { clearJournal, recoverBeforeImport, undoImport } from "../importer/import-journal.ts";
import { importJobIdSchema } from "../schemas/index.ts";
import type { ImportJobJson, UndoReportJson } from "../schemas/responses-import.ts";
import { dataChanged } from "./data-version.ts";
import { keptImports } from "./import-settings.ts";

/**
 * An import Diagonal remembers, as the API shows it: committed (can be undone while its journal is
 * kept), undone, expired (journal pruned), staging or undoing (in progress); journal: entries kept.
 */
export type ImportJob = ImportJobJson;

/** What undoing an import does (or would do), per kind of journal entry, with the first rows by id. */
export type UndoReport = UndoReportJson;
export type UndoStep = UndoReport["steps"][number];

const WHAT: Record<string, [UndoStep["action"], string]> = {
  "created-themes": ["remove", "themes it created"],
  "created-projects": ["remove", "projects it created"],
  "created-partners": ["remove", "partners it created"],
  "created-outcomes": ["remove", "outcomes it created"],
  "stored-themes": ["restore", "themes as they were"],
  "stored-projects": ["restore", "projects as they were"],
  "stored-partners": ["restore", "partners as they were"],
  "stored-outcomes": ["restore", "outcomes as they were"],
  "stored-project-themes": ["restore", "project themes as they were (new ones removed)"],
  "stored-participations": ["restore", "participations as they were (new ones removed)"],
  "stored-collaborations": ["restore", "collaborations as they were (new ones removed)"],
  "deleted-nodes": ["restore", "nodes the sync removed"],
  "deleted-relationships": ["restore", "relationships the sync removed"],
  "stored-decisions": ["restore", "decisions the sync marked orphaned"],
  "created-partner-aliases": ["remove", "partner ids it merged into another partner (their aliases)"],
  "stored-partner-aliases": ["restore", "partner aliases as they were"],
};

const FIRST = 10;

export async function listImportJobs(db: Database, limit = 50): Promise<ImportJob[]> {
  const rows = await readQuery<Record<string, unknown>>(db.driver, "import-jobs/list-jobs", { limit: neo4j.int(limit) }, db.database);
  return rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined)) as unknown as ImportJob);
}

/** The audit record of a finished import, on its job (who, which files, what changed). */
export interface ImportAudit {
  by: string;
  files: string[];
  mode: "plain" | "sync" | "staged";
  sync: string | null;
  summary: string;
  changes: Record<string, unknown>;
}

export async function recordImportJob(db: Database, job: string, a: ImportAudit): Promise<void> {
  await writeQuery(db.driver, "import-jobs/record-job", { id: job, ...a, changes: JSON.stringify(a.changes) }, db.database);
}

/** Prunes the journals of committed imports beyond the newest `keep`: they can no longer be undone. */
export async function pruneImportJournals(db: Database, keep = keptImports()): Promise<string[]> {
  const expired = await readQuery<{ id: string }>(db.driver, "import-jobs/expired-jobs", { keep: neo4j.int(keep) }, db.database);
  for (const { id } of expired) {
    await clearJournal(db, id, true);
    await writeQuery(db.driver, "import-jobs/mark-job", { id, from: "committed", to: "expired", writer: THIS_WRITER, by: null }, db.database);
  }
  return expired.map((r) => r.id);
}

/** Undoes an import (or, with dryRun, lists what undoing it would do). `by`: who undoes it. */
export async function undoImportJob(db: Database, rawId: string, opts: { dryRun?: boolean; by: string }): Promise<UndoReport> {
  const id = parseInput(importJobIdSchema, rawId, "path", "job");
  const [job] = await readQuery<{ id: string; status: string; undoneAt?: string; undoneBy?: string; newer: string[] }>(db.driver, "import-jobs/get-job", { id }, db.database);
  if (!job) throw new NotFoundError("import", id);
  if (job.status === "undone") {
    throw new ConflictError(`import ${id} was already undone${job.undoneAt ? ` at ${job.undoneAt}` : ""}${job.undoneBy ? ` by ${job.undoneBy}` : ""}; an undo cannot be undone — import the file again instead`, { importJob: id, status: job.status });
  }
  if (job.status === "expired") {
    throw new ConflictError(`import ${id} can no longer be undone: only the newest ${keptImports()} imports keep their undo journal (DIAGONAL_KEEP_IMPORTS)`, { importJob: id, status: job.status });
  }
  if (job.status !== "committed") throw new ConflictError(`import ${id} is still being written or undone (${job.status}); try again when it has finished`, { importJob: id, status: job.status });
  if (job.newer.length > 0) {
    const order = [...job.newer].reverse();
    throw new ConflictError(
      `import ${id} was followed by ${job.newer.length} other import${job.newer.length === 1 ? "" : "s"} (${order.join(", ")}), which may have changed the same rows; ` +
        `undo them first, newest first (diagonal import undo ${order[0]}), then this one`,
      { importJob: id, newer: order },
    );
  }
  const steps = (await readQuery<{ kind: string; rows: number; first: string[] }>(db.driver, "import-jobs/journal-summary", { id, first: neo4j.int(FIRST) }, db.database)).map((r) => {
    const [action, what] = WHAT[r.kind] ?? ["restore", r.kind];
    return { kind: r.kind, action, what, rows: Number(r.rows), first: r.first };
  });
  const summary = `${opts.dryRun ? "dry run, nothing changed; undoing would" : "undone:"} ${describe(steps)}`;
  if (opts.dryRun) return { job: id, dryRun: true, steps, summary };

  await recoverBeforeImport(db);
  const [claimed] = await writeQuery(db.driver, "import-jobs/mark-job", { id, from: "committed", to: "undoing", writer: THIS_WRITER, by: opts.by }, db.database);
  if (!claimed) throw new ConflictError(`import ${id} is being undone by another request`, { importJob: id });
  try {
    await undoImport(db, id, true);
  } finally {
    // Whatever was undone may have been seen and cached.
    await dataChanged(db, "import").catch(() => undefined);
  }
  await writeQuery(db.driver, "import-jobs/mark-job", { id, from: "undoing", to: "undone", writer: THIS_WRITER, by: opts.by }, db.database);
  return { job: id, dryRun: false, steps, summary };
}

function describe(steps: UndoStep[]): string {
  if (steps.length === 0) return "nothing to undo (the import changed nothing)";
  const part = (action: UndoStep["action"]) => steps.filter((s) => s.action === action).map((s) => `${s.rows} ${s.what}`).join(", ");
  return [part("remove") && `remove ${part("remove")}`, part("restore") && `restore ${part("restore")}`].filter(Boolean).join("; ");
}

/** One line per step for the CLI: `remove 2 projects it created: ln-a, ln-b`. */
export const formatUndoSteps = (r: UndoReport) =>
  r.steps.map((s) => `${r.dryRun ? "would " : ""}${s.action} ${s.rows} ${s.what}: ${s.first.join(", ")}${s.rows > s.first.length ? ", …" : ""}`);
