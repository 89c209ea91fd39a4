// `diagonal import <file|folder> [--dry-run] [--sync [entities]] [--yes]`: loads CSV, XLSX or JSON
// into the graph, all or nothing. Problems are printed one per line (file, row, column, value, what
// was expected); a progress bar shows on an interactive terminal only. `diagonal import jobs` lists
// the imports (who, when, what changed) and `diagonal import undo <job>` undoes the newest.
import { userInfo } from "node:os";
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { z } from "zod";
import { DEFAULT_BATCH_SIZE, DEFAULT_KEEP_IMPORTS, DEFAULT_STAGED_ABOVE, DEFAULT_SYNC_MAX_REMOVE, importedBySchema, syncMaxRemoveSchema, syncScopeSchema } from "../schemas/index.ts";
import { PROBLEMS_SHOWN } from "../importer/problems.ts";
import type { ImportOptions } from "../services/import-service.ts";
import { parseFlags } from "./flags.ts";
import { stageProgress } from "./stage-progress.ts";

const importFlagsSchema = z.object({
  dryRun: z.boolean().optional(),
  sync: syncScopeSchema.optional(),
  yes: z.boolean().optional(),
  maxRemove: syncMaxRemoveSchema.optional(),
  by: importedBySchema.optional(),
  batchSize: z.coerce
    .number({ error: "--batch-size: expected a whole number" })
    .int("--batch-size: expected a whole number")
    .min(1, "--batch-size: expected at least 1")
    .max(100_000, "--batch-size: expected at most 100000")
    .optional(),
  stagedAbove: z.coerce
    .number({ error: "--staged-above: expected a whole number of rows" })
    .int("--staged-above: expected a whole number of rows")
    .min(0, "--staged-above: expected 0 or more")
    .optional(),
});

/** How long a write is retried on transient errors (and a lost server) before the import gives up. */
const IMPORT_RETRY_MS = 3_000;

const STAGES: Record<string, string> = { read: "reading", validate: "validating", check: "checking", write: "writing" };

export function register(program: Command) {
  // Positional options: `import undo <job> --dry-run` gives --dry-run to undo, never to the import.
  const importCmd = program.command("import").enablePositionalOptions();
  importCmd
    .description("Import themes, projects, partners, outcomes and their links from CSV, XLSX or JSON (all or nothing)")
    .argument("<path>", "a .csv/.xlsx/.json file, or a folder of them (file or sheet names = entity names)")
    .option("--dry-run", "validate, resolve duplicates and check references, then report without writing")
    .option("--sync [entities]", "also remove what is stored but no longer in the file, for each entity the file covers with data rows, or only those listed (projects,partners); with --dry-run: list it")
    .option("--yes", "confirm a sync that removes more than --max-remove of an entity, or orphans an accepted decision")
    .option("--max-remove <percent>", `share of any entity's stored rows a sync may remove without --yes (default DIAGONAL_SYNC_MAX_REMOVE or ${DEFAULT_SYNC_MAX_REMOVE})`)
    .option("--by <name>", "who imports, for the audit record (default cli:<your user name>)")
    .option("--batch-size <n>", `rows per write batch (default ${DEFAULT_BATCH_SIZE})`)
    .option("--staged-above <rows>", `write imports of more rows in staged batches with an undo journal, fitting a small server (default ${DEFAULT_STAGED_ABOVE}; 0: always)`)
    .action(async (path: string, raw: Record<string, unknown>) => {
      const [{ connect }, { formatDeletions, formatDuplicate, formatMerge, formatSync }, { ImportInterruptedError }, { StagedImportError, StagedImportLostError }, { formatProblem, formatSummary, importPath, ImportValidationError }] = await Promise.all([import("../db/connect.ts"), import("../importer/import-report.ts"), import("../importer/write-graph.ts"), import("../importer/staged-write.ts"), import("../services/import-service.ts")]);
      const flags = parseFlags(importFlagsSchema, raw);
      // A mistyped path should not wait for a database to start.
      if (!existsSync(path)) throw new Error(`import: no such file or folder: ${path}`);
      // Retries stop after a few seconds: when Neo4j goes away the command says so and exits.
      const db = await connect("cli", { retryMs: IMPORT_RETRY_MS });
      // A bar on stderr on a terminal; nothing otherwise (logs and pipes stay clean).
      const bar = stageProgress({ labels: STAGES, counts: true, lines: false });
      try {
        const report = await importPath(db, path, {
          dryRun: flags.dryRun, sync: flags.sync, yes: flags.yes, maxRemovePercent: flags.maxRemove, by: flags.by ?? `cli:${userInfo().username}`,
          batchSize: flags.batchSize, stagedAbove: flags.stagedAbove, onProgress: bar.update,
        });
        bar.finish();
        for (const w of report.warnings) console.error(`warning: ${formatProblem(w)}`);
        for (const m of report.merged) console.log(formatMerge(m));
        for (const c of report.duplicates ?? []) console.log(formatDuplicate(c));
        if (report.deleted) for (const line of formatDeletions(report.deleted, report.dryRun)) console.log(line);
        if (report.sync) for (const line of formatSync(report.sync, report.dryRun)) console.log(line);
        console.log(formatSummary(report));
        if (report.job) console.log(`import ${report.job} (undo: diagonal import undo ${report.job})`);
      } catch (err) {
        bar.finish();
        if (err instanceof ImportInterruptedError || err instanceof StagedImportError || err instanceof StagedImportLostError) throw new Error(err.message);
        if (!(err instanceof ImportValidationError)) throw err;
        // The first problems one by one, then counts of all of them per column and per kind.
        for (const p of err.problems.slice(0, PROBLEMS_SHOWN)) console.error(formatProblem(p));
        const n = err.problems.length;
        if (n > PROBLEMS_SHOWN) {
          const { byColumn, byKind } = err.summary;
          console.error(`… ${n - PROBLEMS_SHOWN} more; all ${n} problems by column:`);
          for (const [column, count] of Object.entries(byColumn)) console.error(`  ${column}: ${count}`);
          console.error("by kind:");
          for (const [kind, count] of Object.entries(byKind)) console.error(`  ${kind}: ${count}`);
        }
        throw new Error(`${n} problem${n === 1 ? "" : "s"} in the import; nothing was written`);
      } finally {
        await db.close();
      }
    });

  const undoFlags = z.object({ dryRun: z.boolean().optional(), by: importedBySchema.optional() });
  importCmd
    .command("undo")
    .description(`Undo an import: the graph as it was before it (only the newest import in effect; the last ${DEFAULT_KEEP_IMPORTS} by default, DIAGONAL_KEEP_IMPORTS)`)
    .argument("<job>", "the import's job id (diagonal import jobs)")
    .option("--dry-run", "list what undoing would remove and restore, change nothing")
    .option("--by <name>", "who undoes it, for the audit record (default cli:<your user name>)")
    .action(async (job: string, raw: Record<string, unknown>) => {
      const flags = parseFlags(undoFlags, raw);
      const [{ connect }, { undoImportJob, formatUndoSteps }] = await Promise.all([import("../db/connect.ts"), import("../services/import-jobs.ts")]);
      const db = await connect();
      try {
        const r = await undoImportJob(db, job, { dryRun: flags.dryRun, by: flags.by ?? `cli:${userInfo().username}` });
        for (const line of formatUndoSteps(r)) console.log(line);
        console.log(r.summary);
      } finally {
        await db.close();
      }
    });
  const jobsFlags = z.object({
    limit: z.coerce.number({ error: "--limit: expected a whole number" }).int("--limit: expected a whole number").min(1, "--limit: expected at least 1").max(1000, "--limit: expected at most 1000").optional(),
    json: z.boolean().optional(),
  });
  importCmd
    .command("jobs")
    .description("List the imports, newest first: status (committed imports can be undone), who, when, what changed")
    .option("--limit <n>", "how many (default 50)")
    .option("--json", "print JSON")
    .action(async (raw: Record<string, unknown>) => {
      const flags = parseFlags(jobsFlags, raw);
      const [{ connect }, { listImportJobs }] = await Promise.all([import("../db/connect.ts"), import("../services/import-jobs.ts")]);
      const db = await connect();
      try {
        const jobs = await listImportJobs(db, flags.limit);
        if (flags.json) console.log(JSON.stringify(jobs, null, 2));
        else for (const j of jobs) console.log(`${j.id}  ${j.status}  ${j.mode ?? ""}  ${j.startedAt}  by ${j.by ?? "?"}  ${j.summary ?? ""}${j.undoneAt ? `  (undone ${j.undoneAt} by ${j.undoneBy ?? "?"})` : ""}`);
        if (jobs.length === 0) console.log("no imports recorded");
      } finally {
        await db.close();
      }
    });
}
