// `diagonal export --format gexf|graphml|csv|json`: the graph for Gephi and other tools (with the
// run's communities, scores, suggestions and layout positions), or CSV of suggestions, decisions or
// opportunities; streamed to --out (through a temporary file renamed at the end, so a failed export
// leaves no half file) or to standard output, with progress on a terminal.
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { Command } from "commander";
import { z } from "zod";
import { CSV_TABLES, EXPORT_FORMATS } from "../schemas/report.ts";
import { outFlag } from "./file-output.ts";
import { stageProgress } from "./stage-progress.ts";
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
      const [{ connect }, { streamExport }] = await Promise.all([import("../db/index.ts"), import("../services/export-service.ts")]);
      const flags = parseFlags(exportFlagsSchema, raw);
      const f = flags;
      const db = await connect();
      const progress = stageProgress();
      const partial = f.out ? `${f.out}.partial` : undefined;
      let target: Writable | undefined;
      const write = async (chunk: string) => {
        if (!target!.write(chunk)) await once(target!, "drain");
      };
      try {
        const result = await streamExport(db, { format: f.format as never, ...(f.table ? { table: f.table as never } : {}), ...(f.run ? { run: f.run } : {}) }, "all", {
          begin: () => { target = partial ? createWriteStream(partial) : process.stdout; },
          write,
        }, progress.update);
        progress.finish();
        if (partial && target) {
          target.end();
          await once(target, "finish");
          await rename(partial, f.out!);
          console.error(`wrote ${f.out}${result.nodes !== undefined ? ` (${result.nodes} nodes, ${result.edges} edges)` : ""}`);
        }
      } catch (err) {
        if (partial && target) {
          target.destroy();
          await rm(partial, { force: true });
        }
        throw err;
      } finally {
        progress.finish();
        await db.close();
      }
    });
}
