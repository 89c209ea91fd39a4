// `diagonal report <kind> [subject]`: the network health report, the theme report for policy, the
// recommendation letter for one network, or the newsletter digest, as HTML, Markdown, JSON or PDF,
// written to --out (or to standard output for text formats), with progress on a terminal.
// --internal writes the version that may name planned networks (marked internal). A digest made
// here is recorded, so the next one starts from it, unless it is a --preview.
import { writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
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
  internal: z.boolean().optional(),
  preview: z.boolean().optional(),
});

export function register(program: Command) {
  program
    .command("report")
    .description("Write a report: health (the whole network), theme <theme-id> (for policy), letter <project-id> (recommendations for one network), digest (newsletter: what is new since the last digest made)")
    .argument("<kind>", `report kind: ${REPORT_KINDS.join(", ")}`)
    .argument("[subject]", "theme id (theme) or project id (letter)")
    .option("--format <format>", "html, md, json or pdf", "html")
    .option("--lang <lang>", "nl or en", "nl")
    .option("--since <run-or-date>", "what changed since this date (YYYY-MM-DD) or run: new networks, partners who joined, new suggestions and decisions (digest: what is new; default: since the last digest made, or the last 30 days)")
    .option("--internal", "the internal version: may name planned networks, their partners and outcomes (marked internal; letters, theme reports and digests leave them out by default)")
    .option("--preview", "digest: make it without recording it, so the next digest still starts where this one did")
    .option("--run <run-id>", "the analysis run to read (default: the latest)")
    .option("--out <file>", "write to this file (required for pdf; otherwise standard output)")
    .action(async (kind: string, subject: string | undefined, raw: Record<string, unknown>) => {
      const [{ connect }, { buildReport, recordDigestIssue }] = await Promise.all([import("../db/index.ts"), import("../services/reports/report-service.ts")]);
      const flags = parseFlags(reportFlagsSchema, raw);
      const f = flags;
      if (f.format === "pdf" && !f.out) throw new Error("--out: a PDF is written to a file; give --out report.pdf");
      if (f.preview && kind !== "digest") throw new Error("--preview: only a digest is recorded when made; leave --preview out for other reports");
      const db = await connect();
      const progress = stageProgress();
      try {
        const report = await buildReport(db, { kind: kind as never, ...(subject ? { subject } : {}), ...(f.format ? { format: f.format as never } : {}), ...(f.lang ? { lang: f.lang as never } : {}), ...(f.since ? { since: f.since } : {}), ...(f.run ? { run: f.run } : {}), ...(f.internal ? { internal: true } : {}) }, progress.update);
        progress.finish();
        if (f.out) {
          await writeFile(f.out, report.body);
          console.error(`wrote ${f.out} (${report.document.title})`);
        } else process.stdout.write(report.body);
        if (kind === "digest" && !f.preview) {
          await recordDigestIssue(db, report, `cli:${userInfo().username}`);
          console.error(`recorded this digest: the next one starts at ${report.madeAt} (--preview makes one without recording it)`);
        }
      } finally {
        progress.finish();
        await db.close();
      }
    });
}
