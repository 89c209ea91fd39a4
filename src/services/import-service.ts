// Importing data into the graph, for the CLI, the HTTP upload and the benchmarks: read the files,
// validate every row, resolve duplicate partners, check every reference against the import and
// the database, then write everything in one transaction — or nothing, with every problem listed.
import type { Database } from "../db/connect.ts";
import { DEFAULT_BATCH_SIZE, DEFAULT_STAGED_ABOVE, ENTITY_NAMES, type Dataset, type EntityName } from "../schemas/index.ts";
import { formatSummary, type ImportReport } from "../importer/import-report.ts";
import { nothingStored, planImport, type ImportPlan, type NodeEntity } from "../importer/plan-import.ts";
import { syncCoverage } from "../importer/sync-scope.ts";
import { planSyncRemovals } from "../importer/sync-removals.ts";
import { guardSync, syncNeedsConfirmation } from "../importer/sync-guard.ts";
import { newImportJobId } from "../importer/import-journal.ts";
import { pruneImportJournals, recordImportJob } from "./import-jobs.ts";
import { syncMaxRemovePercent } from "./import-settings.ts";
import type { SyncScope } from "../schemas/index.ts";
import { append, ImportValidationError, problem, type ImportProblem } from "../importer/problems.ts";
import type { RawTable } from "../importer/raw-table.ts";
import { tableFromObjects } from "../importer/read-json.ts";
import { filesAt, readSources, type ReadResult } from "../importer/read-sources.ts";
import { lookupStored } from "../importer/stored-state.ts";
import { validateTablesYielding } from "../importer/validate-tables.ts";
import { existingRelations, planSize, writeGraph, type RelationEntity } from "../importer/write-graph.ts";
import { dataChanged } from "./data-version.ts";
import { StagedImportLostError, writeStaged } from "../importer/staged-write.ts";
import { recoverBeforeImport, recoverImports as recoverJournals, type Recovery } from "../importer/import-journal.ts";
import { deletionCount } from "../importer/plan-sync.ts";
import { importDuplicates } from "../importer/import-duplicates.ts";

export type { ImportReport } from "../importer/import-report.ts";
export { formatSummary } from "../importer/import-report.ts";
/**
 * Undoes staged imports left by a killed process (and clears committed ones' journals). Readers may
 * have seen and cached their rows while they were written, so an undo changes the data version.
 */
export async function recoverImports(db: Database): Promise<Recovery> {
  const recovered = await recoverJournals(db);
  if (recovered.undone.length > 0) await dataChanged(db, "import");
  return recovered;
}
export { ImportValidationError, formatProblem, type ImportProblem } from "../importer/problems.ts";

export interface ImportOptions {
  dryRun?: boolean;
  /** Progress per stage; a staged write waits for a returned promise before its next batch. */
  onProgress?: (stage: string, done: number, total: number) => void | Promise<void>;
  /** Rows per UNWIND batch (default 5000). */
  batchSize?: number;
  /**
   * Make the graph match the file for the entities it covers (true), or for those listed: what is
   * stored but not in the file is removed (listed in the report; a dry run only lists it). An
   * entity whose sheet or file has no data rows is not covered. Never decisions (orphaned ones
   * are marked), tokens, runs, or collaborations made by accepted suggestions.
   */
  sync?: SyncScope;
  /** Remove whatever the sync removes, beyond the threshold too (CLI `--yes`). */
  yes?: boolean;
  /** HTTP: the dry run's removal count, confirming a sync beyond the threshold. */
  confirm?: number;
  /** Percent of any entity's stored rows a sync may remove unconfirmed (default DIAGONAL_SYNC_MAX_REMOVE or 10). */
  maxRemovePercent?: number;
  /** Who imports, for the audit record on the import's job (a token's name, `cli:<user>`). */
  by?: string;
  /** The files' names, for the audit record (default: the files read). */
  files?: string[];
  /**
   * Imports of more rows than this are written in staged batches with an undo journal (each batch
   * its own transaction), smaller ones in one transaction (default 50,000; 0: always staged).
   * A sync that removes rows is always one transaction.
   */
  stagedAbove?: number;
  /**
   * A staged import writes the changes to rows already stored in its last transaction, with the
   * new rows, when there are at most this many (default FINAL_STORED_ROWS); more are written in
   * journaled batches before it, visible to readers as they are written.
   */
  finalStoredRows?: number;
}


/** Imports a file (CSV, XLSX, JSON) or a folder of them. */
export async function importPath(db: Database, path: string, opts: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  opts.onProgress?.("read", 0, 1);
  const { files, warnings, folder } = await filesAt(path);
  if (files.length === 0) {
    throw new ImportValidationError([problem({ file: path }, "expected .csv, .xlsx or .json files named after the entities", "the folder has none")]);
  }
  const read = await readSources(files, folder);
  read.warnings.unshift(...warnings);
  return runImport(db, read, { ...opts, files: opts.files ?? files.map((f) => f.name) }, started);
}

/** Imports uploaded files; each file's extension decides its format. */
export async function importFiles(db: Database, files: { name: string; data: Buffer }[], opts: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  if (files.length === 0) throw new ImportValidationError([problem({ file: "(upload)" }, "expected at least one file")]);
  opts.onProgress?.("read", 0, 1);
  return runImport(db, await readSources(files), { ...opts, files: opts.files ?? files.map((f) => f.name) }, started);
}

/** Imports already-parsed objects (generator, CORDIS source): still validated, de-duplicated and checked. */
export async function importDataset(db: Database, dataset: Partial<Dataset>, opts: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  const tables: RawTable[] = [];
  const problems: ImportProblem[] = [];
  for (const entity of ENTITY_NAMES) {
    const list = dataset[entity];
    if (!list || list.length === 0) continue;
    const r = tableFromObjects("dataset", entity, list, entity);
    if (r.table) tables.push(r.table);
    append(problems, r.problems);
  }
  return runImport(db, { tables, problems, warnings: [] }, opts, started);
}

async function runImport(db: Database, read: ReadResult, opts: ImportOptions, started: number): Promise<ImportReport> {
  const progress = opts.onProgress;
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`import: batchSize must be a positive whole number, got ${batchSize}`);
  const totalRows = read.tables.reduce((n, t) => n + t.rows.length, 0);
  progress?.("read", 1, 1);

  const validated = await validateTablesYielding(read.tables, (done) => progress?.("validate", done, totalRows));
  const problems = [...read.problems, ...validated.problems];
  const warnings = [...read.warnings, ...validated.warnings];
  const rowCount = ENTITY_NAMES.reduce((n, e) => n + validated.rows[e].length, 0);
  if (problems.length === 0 && rowCount === 0) {
    // Header-only files are fine next to others; an import with no rows at all is a mistake.
    const empty = warnings.filter((w) => w.kind === "empty-table");
    throw new ImportValidationError(empty.length > 0 ? empty : [problem({ file: read.tables[0]?.file ?? "(import)" }, "expected at least one row to import")]);
  }
  if (problems.length > 0) {
    // Rows already failed: report duplicate ids too, but not references to rows that were rejected.
    append(problems, planImport(validated.rows, nothingStored(), { checkReferences: false }).problems);
    throw new ImportValidationError(problems);
  }

  progress?.("check", 0, 1);
  const stored = await lookupStored(db, validated.rows);
  const planned = planImport(validated.rows, stored);
  if (planned.problems.length > 0) throw new ImportValidationError(planned.problems);
  progress?.("check", 1, 1);

  const { plan } = planned;
  // Read before anything is written: the file's partners against the graph as it was.
  const duplicates = await importDuplicates(db, validated.rows.partners, planned.merges);
  const syncPlan = opts.sync ? await planSyncOf(db, read, planned, opts.sync) : undefined;
  const deleted = syncPlan?.deletions;
  const maxRemovePercent = opts.maxRemovePercent ?? syncMaxRemovePercent();
  const needsConfirmation = syncPlan ? syncNeedsConfirmation(syncPlan, maxRemovePercent) : false;
  // Refused before anything is written.
  if (syncPlan && !opts.dryRun) guardSync(syncPlan, { yes: opts.yes, confirm: opts.confirm, maxRemovePercent });
  const stagedAbove = opts.stagedAbove ?? DEFAULT_STAGED_ABOVE;
  if (!Number.isInteger(stagedAbove) || stagedAbove < 0) throw new Error(`import: stagedAbove must be a whole number of rows (0 or more), got ${stagedAbove}`);
  if (opts.finalStoredRows !== undefined && (!Number.isInteger(opts.finalStoredRows) || opts.finalStoredRows < 0)) {
    throw new Error(`import: finalStoredRows must be a whole number of rows (0 or more), got ${opts.finalStoredRows}`);
  }
  const staged = !opts.dryRun && planSize(plan) > stagedAbove && (!deleted || deletionCount(deleted) === 0);
  // A staged import left by a killed process is undone before anything else is written.
  if (!opts.dryRun && (await recoverBeforeImport(db)).undone.length > 0) await dataChanged(db, "import");
  const onWrite = (done: number, total: number) => progress?.("write", done, total);
  const job = opts.dryRun ? undefined : newImportJobId();
  const mode = staged ? "staged" : opts.sync ? "sync" : "plain";
  const relations = !job
    ? await existingRelations(db, planned.probe)
    : staged
      ? await writeStaged(db, plan, planned.probe, { batchSize, finalStoredRows: opts.finalStoredRows, job, aliases: planned.aliases, by: opts.by ?? null }, onWrite).catch(async (err: unknown) => {
          // Undone already; what readers saw of it meanwhile must not stay cached. With Neo4j gone
          // there is nothing to tell (and asking would only hold the command): the undo that
          // follows, by the service's sweep, changes the data version itself.
          if (!(err instanceof StagedImportLostError)) await dataChanged(db, "import").catch(() => undefined);
          throw err;
        })
      : await writeGraph(db, plan, planned.probe, batchSize, onWrite, deleted, { job, mode: opts.sync ? "sync" : "plain", orphanDecisionsOf: deleted?.projects ?? [], aliases: planned.aliases, by: opts.by ?? null });
  if (opts.dryRun) progress?.("write", planSize(plan), planSize(plan));
  else await dataChanged(db, "import");

  const counts = {} as ImportReport["counts"];
  const written: Record<EntityName, number> = {
    themes: plan.themes.length, projects: plan.projects.length, partners: plan.partners.length, outcomes: plan.outcomes.length,
    projectThemes: plan.projectThemes.length, participations: plan.participations.length, collaborations: plan.collaborations.length,
  };
  for (const e of ENTITY_NAMES) {
    const existed = e in planned.existing ? planned.existing[e as NodeEntity] : relations[e as RelationEntity];
    counts[e] = { rows: planned.rows[e], created: written[e] - existed, updated: existed };
  }
  const report: ImportReport = {
    dryRun: opts.dryRun === true,
    counts,
    merged: planned.merges,
    duplicates,
    ...(deleted ? { deleted } : {}),
    ...(syncPlan
      ? { sync: { ...syncPlan.coverage, kept: syncPlan.kept, withRemovedNodes: syncPlan.withRemovedNodes, orphanedDecisions: syncPlan.orphanedDecisions, removals: syncPlan.removals, needsConfirmation } }
      : {}),
    ...(job ? { job } : {}),
    warnings: [...warnings, ...planned.warnings],
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  if (job) {
    // The audit record and the pruning of old journals: the import is committed already, so a
    // failure here is not the import's (it is retried at the next import).
    const changes = Object.fromEntries(ENTITY_NAMES.map((e) => [e, { ...counts[e], removed: deleted?.[e].length ?? 0 }]));
    await recordImportJob(db, job, {
      by: opts.by ?? "unknown", files: opts.files ?? [], mode, sync: opts.sync === undefined || opts.sync === false ? null : opts.sync === true ? "all" : opts.sync.join(","),
      summary: formatSummary(report), changes: { ...changes, withRemovedNodes: syncPlan?.withRemovedNodes.length ?? 0, orphanedDecisions: syncPlan?.orphanedDecisions.length ?? 0 },
    }).catch(() => undefined);
    await pruneImportJournals(db).catch(() => undefined);
  }
  return report;
}

/** What a sync covers (entities with data rows, narrowed to the list), and what it removes and keeps. */
async function planSyncOf(db: Database, read: ReadResult, planned: ImportPlan, scope: SyncScope) {
  const { coverage, problems } = syncCoverage(read.tables, scope);
  if (problems.length > 0) throw new ImportValidationError(problems);
  return planSyncRemovals(db, coverage, planned);
}


