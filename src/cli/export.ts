// `diagonal export --format gexf|graphml|csv|json`: the graph for Gephi and other tools (with the
// run's communities, scores, suggestions and layout positions), or CSV of suggestions, decisions or
// opportunities; to --out or standard output, with progress on a terminal.
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { z } from "zod";
import { CSV_TABLES, EXPORT_FORMATS } from "../schemas/report.ts";
import { outFlag, stageProgress } from "./file-output.ts";
import { parseFlags } from "./flags.ts";

const exportFlagsSchema = z.object({
  format: z.string({ error: `--format: expected ${EXPORT_FORMATS.join(", ")}` }),
  table: z.string().optional(),
  run: z.string().optional(),
  out: outFlag.optional(),
});

export function register(program: Command) {
  program
    .command("export")
    .description("Export the graph (gexf, graphml, json) with the run's communities, scores and suggestions, or a CSV table")
    .requiredOption("--format <format>", EXPORT_FORMATS.join(", "))
    .option("--table <table>", `for csv: ${CSV_TABLES.join(", ")} (default suggestions)`)
    .option("--run <run-id>", "the analysis run to export (default: the latest)")
    .option("--out <file>", "write to this file (otherwise standard output)")
    .action(async (raw: Record<string, unknown>) => {
      const [{ connect }, { buildExport }] = await Promise.all([import("../db/index.ts"), import("../services/export-service.ts")]);
      const flags = parseFlags(exportFlagsSchema, raw);
      const f = flags;
      const db = await connect();
      const progress = stageProgress();
      try {
        const result = await buildExport(db, { format: f.format as never, ...(f.table ? { table: f.table as never } : {}), ...(f.run ? { run: f.run } : {}) }, "all", progress.update);
        progress.finish();
        if (f.out) {
          await writeFile(f.out, result.body);
          console.error(`wrote ${f.out}${result.nodes !== undefined ? ` (${result.nodes} nodes, ${result.edges} edges)` : ""}`);
        } else process.stdout.write(result.body);
      } finally {
        progress.finish();
        await db.close();
      }
    });
}
