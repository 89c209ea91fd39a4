// `diagonal report <kind> [subject]`: the network health report, the theme report for policy, the
// recommendation letter for one network, or the newsletter digest, as HTML, Markdown, JSON or PDF,
// written to --out (or to standard output for text formats), with progress on a terminal.
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { z } from "zod";
import { REPORT_KINDS } from "../schemas/report.ts";
import { outFlag } from "./file-output.ts";
import { stageProgress } from "./stage-progress.ts";
import { parseFlags } from "./flags.ts";

const reportFlagsSchema = z.object({
  format: z.string().optional(),
  lang: z.string().optional(),
  since: z.string().optional(),
  run: z.string().optional(),
  out: outFlag.optional(),
});

export function register(program: Command) {
  program
    .command("report")
    .description("Write a report: health (the whole network), theme <theme-id> (for policy), letter <project-id> (recommendations for one network), digest --since (newsletter)")
    .argument("<kind>", `report kind: ${REPORT_KINDS.join(", ")}`)
    .argument("[subject]", "theme id (theme) or project id (letter)")
    .option("--format <format>", "html, md, json or pdf", "html")
    .option("--lang <lang>", "nl or en", "nl")
    .option("--since <run-or-date>", "what changed since this date (YYYY-MM-DD) or run: new networks, partners who joined, new suggestions and decisions (digest: what is new; required there)")
    .option("--run <run-id>", "the analysis run to read (default: the latest)")
    .option("--out <file>", "write to this file (required for pdf; otherwise standard output)")
    .action(async (kind: string, subject: string | undefined, raw: Record<string, unknown>) => {
      const [{ connect }, { buildReport }] = await Promise.all([import("../db/index.ts"), import("../services/reports/report-service.ts")]);
      const flags = parseFlags(reportFlagsSchema, raw);
      const f = flags;
      if (f.format === "pdf" && !f.out) throw new Error("--out: a PDF is written to a file; give --out report.pdf");
      const db = await connect();
      const progress = stageProgress();
      try {
        const report = await buildReport(db, { kind: kind as never, ...(subject ? { subject } : {}), ...(f.format ? { format: f.format as never } : {}), ...(f.lang ? { lang: f.lang as never } : {}), ...(f.since ? { since: f.since } : {}), ...(f.run ? { run: f.run } : {}) }, progress.update);
        progress.finish();
        if (f.out) {
          await writeFile(f.out, report.body);
          console.error(`wrote ${f.out} (${report.document.title})`);
        } else process.stdout.write(report.body);
      } finally {
        progress.finish();
        await db.close();
      }
    });
}
