// `diagonal import <file|folder> [--dry-run] [--sync]`: loads CSV, XLSX or JSON into the graph, all or
// nothing. Problems are printed one per line (file, row, column, value, what was expected);
// a progress bar shows on an interactive terminal only.
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { z } from "zod";
import { DEFAULT_BATCH_SIZE, DEFAULT_STAGED_ABOVE } from "../schemas/index.ts";
import { PROBLEMS_SHOWN } from "../importer/problems.ts";
import type { ImportOptions } from "../services/import-service.ts";
import { parseFlags } from "./flags.ts";
import { stageProgress } from "./stage-progress.ts";

const importFlagsSchema = z.object({
  dryRun: z.boolean().optional(),
  sync: z.boolean().optional(),
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

const STAGES: Record<string, string> = { read: "reading", validate: "validating", check: "checking", write: "writing" };

export function register(program: Command) {
  program
    .command("import")
    .description("Import themes, projects, partners, outcomes and their links from CSV, XLSX or JSON (all or nothing)")
    .argument("<path>", "a .csv/.xlsx/.json file, or a folder of them (file or sheet names = entity names)")
    .option("--dry-run", "validate, resolve duplicates and check references, then report without writing")
    .option("--sync", "also remove what is stored but no longer in the file, for each entity the file covers (with --dry-run: list it)")
    .option("--batch-size <n>", `rows per write batch (default ${DEFAULT_BATCH_SIZE})`)
    .option("--staged-above <rows>", `write imports of more rows in staged batches with an undo journal, fitting a small server (default ${DEFAULT_STAGED_ABOVE}; 0: always)`)
    .action(async (path: string, raw: Record<string, unknown>) => {
      const [{ connect }, { formatDeletions, formatDuplicate, formatMerge }, { ImportInterruptedError }, { StagedImportError }, { formatProblem, formatSummary, importPath, ImportValidationError }] = await Promise.all([import("../db/connect.ts"), import("../importer/import-report.ts"), import("../importer/write-graph.ts"), import("../importer/staged-write.ts"), import("../services/import-service.ts")]);
      const flags = parseFlags(importFlagsSchema, raw);
      // A mistyped path should not wait for a database to start.
      if (!existsSync(path)) throw new Error(`import: no such file or folder: ${path}`);
      const db = await connect();
      // A bar on stderr on a terminal; nothing otherwise (logs and pipes stay clean).
      const bar = stageProgress({ labels: STAGES, counts: true, lines: false });
      try {
        const report = await importPath(db, path, { dryRun: flags.dryRun, sync: flags.sync, batchSize: flags.batchSize, stagedAbove: flags.stagedAbove, onProgress: bar.update });
        bar.finish();
        for (const w of report.warnings) console.error(`warning: ${formatProblem(w)}`);
        for (const m of report.merged) console.log(formatMerge(m));
        for (const c of report.duplicates ?? []) console.log(formatDuplicate(c));
        if (report.deleted) for (const line of formatDeletions(report.deleted, report.dryRun)) console.log(line);
        console.log(formatSummary(report));
      } catch (err) {
        bar.finish();
        if (err instanceof ImportInterruptedError || err instanceof StagedImportError) throw new Error(err.message);
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
}
