// What a report or an export request may say, for the CLI, the HTTP API and OpenAPI alike.
import { z } from "zod";
import { id } from "./fields.ts";

export const REPORT_KINDS = ["health", "theme", "letter", "digest"] as const;
export type ReportKindName = (typeof REPORT_KINDS)[number];
export const REPORT_FORMATS = ["html", "md", "json", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const LANGS = ["nl", "en"] as const;

/** A date (2026-01-31), a moment (2026-01-31T12:00:00Z) or the id of an analysis run. */
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
/** What `since` may look like (a date, a moment or a run id), for the OpenAPI document. */
export const SINCE_PATTERN = /^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?|[A-Za-z][A-Za-z0-9._:-]{0,99})$/;
export const sinceField = z
  .string({ error: "expected a date (YYYY-MM-DD) or an analysis run id" })
  .trim()
  .refine((s) => (DATE.test(s) ? !Number.isNaN(Date.parse(s)) : id.safeParse(s).success), "expected a date (YYYY-MM-DD) or an analysis run id")
  .transform((s) => (DATE.test(s) ? { date: new Date(s.length === 10 ? `${s}T00:00:00Z` : s).toISOString() } : { runId: s }))
  .meta({ description: "A date (YYYY-MM-DD), a moment (ISO 8601) or an analysis run id: every report says what changed since then (new networks, partners who joined, new suggestions, decisions; the digest: what is new); the health report also compares its run with the run of that moment" });
export type Since = { date: string; runId?: undefined } | { runId: string; date?: undefined };

/** Days the first newsletter digest looks back when none was made before (later ones start at the last). */
export const DIGEST_FIRST_DAYS = 30;

export const reportRequestSchema = z
  .object({
    kind: z.enum(REPORT_KINDS, { error: `expected a report kind: ${REPORT_KINDS.join(", ")}` }),
    subject: id.optional().meta({ description: "The theme id (theme report) or the project id (letter)" }),
    format: z.enum(REPORT_FORMATS, { error: `expected a format: ${REPORT_FORMATS.join(", ")}` }).default("html"),
    lang: z.enum(LANGS, { error: "expected nl or en" }).default("nl"),
    run: id.optional().meta({ description: "The analysis run to read (default: the latest complete run)" }),
    since: sinceField.optional(),
    internal: z.boolean({ error: "expected true or false" }).default(false)
      .meta({ description: "The internal version (coordinator and admin only): it may name planned networks, their partners and outcomes, and is marked internal. By default letters, theme reports and the digest never do" }),
  })
  .superRefine((r, ctx) => {
    if ((r.kind === "theme" || r.kind === "letter") && !r.subject) {
      ctx.addIssue({ code: "custom", path: ["subject"], message: r.kind === "theme" ? "the theme report needs a theme id" : "the recommendation letter needs a project id" });
    }
    if ((r.kind === "health" || r.kind === "digest") && r.subject) {
      ctx.addIssue({ code: "custom", path: ["subject"], message: `the ${r.kind} report is about the whole network and takes no theme or project` });
    }
  });
export type ReportRequest = z.input<typeof reportRequestSchema>;
export type ValidReportRequest = z.output<typeof reportRequestSchema>;

export const EXPORT_FORMATS = ["gexf", "graphml", "csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const CSV_TABLES = ["suggestions", "decisions", "opportunities"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export const exportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: `expected an export format: ${EXPORT_FORMATS.join(", ")}` }),
    table: z.enum(CSV_TABLES, { error: `expected a table: ${CSV_TABLES.join(", ")}` }).optional().meta({ description: "For csv: suggestions (default), decisions or opportunities" }),
    run: id.optional().meta({ description: "The analysis run whose communities, scores and suggestions are exported (default: the latest)" }),
  })
  .superRefine((r, ctx) => {
    if (r.table && r.format !== "csv") ctx.addIssue({ code: "custom", path: ["table"], message: "a table is chosen only for the csv format" });
  });
export type ExportRequest = z.input<typeof exportRequestSchema>;
export type ValidExportRequest = z.output<typeof exportRequestSchema>;
