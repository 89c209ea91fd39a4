// /api/v1/reports/{kind} (analyst and above): the health report, the theme report, the
// recommendation letter and the newsletter digest as HTML, Markdown, JSON or PDF (internal=true,
// coordinator and above: the version that may name planned networks); POST
// /api/v1/reports/digest/issues (coordinator): a digest made to be sent, recorded so the next one
// starts there (a GET digest is a preview and records nothing); and
// /api/v1/export: the graph as GEXF, GraphML or JSON, or CSV tables. The export is open to the
// public role with public fields only (no planned projects, no analysis results, no CSV), written
// to a file by a worker thread and streamed from it.
import type { Response } from "express";
import { z } from "zod";
import { buildReport, recordDigestIssue, type RenderedReport } from "../../services/reports/report-service.ts";
import { requireRole } from "../auth.ts";
import { sendExportFile } from "../export-file-response.ts";
import { CSV_TABLES, EXPORT_FORMATS, LANGS, REPORT_FORMATS, REPORT_KINDS, SINCE_PATTERN } from "../../schemas/report.ts";
import { id } from "../../schemas/fields.ts";
import { defineRoute } from "../route.ts";
import { HttpProblem } from "../errors.ts";

const flag = z.preprocess((v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" || v === "" ? false : v), z.boolean({ error: "expected true or false" }));

const reportParams = z.object({ kind: z.enum(REPORT_KINDS, { error: `expected a report kind: ${REPORT_KINDS.join(", ")}` }) });
// The request schema without kind (a path parameter here): same fields, same rules. Which kind
// needs which field (theme and letter a subject, digest a since) is a rule across the path and the
// query that OpenAPI cannot state on one operation: the description says it.
const reportQuery = z.object({
  subject: id.optional().meta({ description: "The theme id (theme report, required) or the project id (letter, required); not for health or digest", example: "talent-development" }),
  format: z.enum(REPORT_FORMATS, { error: `expected a format: ${REPORT_FORMATS.join(", ")}` }).optional().meta({ description: "html (default), md, json or pdf" }),
  lang: z.enum(LANGS, { error: "expected nl or en" }).optional().meta({ description: "nl (default) or en" }),
  run: id.optional().meta({ description: "The analysis run to read (default: the latest complete run)" }),
  since: z.string().regex(SINCE_PATTERN, "expected a date (YYYY-MM-DD) or an analysis run id").optional()
    .meta({ description: "A date (YYYY-MM-DD) or a run id: what changed since then, for every kind (digest: default since the last digest made, or the last 30 days)", example: "2024-01-01" }),
  internal: flag.optional().meta({ description: "true: the internal version, which may name planned networks, their partners and outcomes, marked internal (coordinator and admin only). By default letters, theme reports and the digest never name them" }),
});

function sendFile(res: Response, body: string | Buffer, contentType: string, fileName: string, attachment: boolean): void {
  res.status(200).type(contentType);
  res.setHeader("content-disposition", `${attachment ? "attachment" : "inline"}; filename="${fileName}"`);
  // Reports are self-contained and script-free: no script may run in them, and they load nothing.
  res.setHeader("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  res.send(body);
}

/** Sends a rendered report: JSON as the document, files inline (PDF as an attachment). */
function sendReport(res: Response, report: RenderedReport): unknown {
  if (report.contentType.startsWith("application/json")) return report.document;
  sendFile(res, report.body, report.contentType, report.fileName, report.contentType === "application/pdf");
  return undefined;
}

export const reportRoutes = [
  defineRoute({
    operationId: "getReport", method: "get", path: "/api/v1/reports/{kind}", role: "analyst", tag: "reports", errors: ["not-found"],
    summary: "A report: health (the whole network), theme (for policy), letter (recommendations for one network) or digest (newsletter)",
    description: `Kinds: ${REPORT_KINDS.join(", ")}. theme needs subject=<theme id>, letter subject=<project id>. The digest counts from since=<date or run id>, by default from the last digest made (POST /api/v1/reports/digest/issues), or the last 30 days; this GET is a preview and records nothing. Letters, theme reports and the digest never name planned networks, their partners or outcomes unless internal=true (coordinator and admin; marked internal); the health report is the office's own and always marked internal. Formats: html (self-contained, with SVG charts and a print stylesheet; the digest's HTML is e-mail-safe), md, json (the report's document) and pdf (headless Chromium; 503 where it is not installed). Read from the latest complete run, or run=<id>.`,
    params: reportParams,
    query: reportQuery,
    handle: async ({ params, query }, { db, req, res }) => {
      if (query.internal) requireRole(req, res, "coordinator");
      return sendReport(res, await buildReport(db, { kind: params.kind, ...query } as never));
    },
  }),
  defineRoute({
    operationId: "makeDigestIssue", method: "post", path: "/api/v1/reports/digest/issues", role: "coordinator", tag: "reports", rateLimit: "write", errors: ["not-found"],
    summary: "Make the newsletter digest to send, and record it: the next digest counts from now",
    description: "The same digest as GET /api/v1/reports/digest (same query), recorded as made (who, when), so a later digest without since starts from this one. A GET is a preview and records nothing.",
    query: reportQuery.omit({ subject: true }),
    handle: async ({ query }, { db, req, res }) => {
      const report = await buildReport(db, { kind: "digest", ...query } as never);
      await recordDigestIssue(db, report, req.caller?.tokenName ?? "api");
      return sendReport(res, report);
    },
  }),
  defineRoute({
    operationId: "exportGraph", method: "get", path: "/api/v1/export", role: "public", tag: "reports", errors: ["not-found", "unauthorized", "rate-limited", "service-busy"], rateLimit: "export",
    summary: "The graph for Gephi and other tools (gexf, graphml, json), or CSV of suggestions, decisions or opportunities",
    description: "Analysts and above get every node with its label, type, themes, community and its name, the run's scores, suggestions as SUGGESTED edges and layout positions (up to 5000 nodes). The public role gets the graph with public fields only: no planned projects (nor what only they reach), no analysis results, and no CSV (401); its bytes are kept in a file per data version and sent with an ETag, anonymous exports are rate-limited per address (RATE_LIMIT_EXPORT_MAX) and at most PUBLIC_EXPORT_BUILDS_MAX are prepared at once (503 with Retry-After beyond).",
    query: z.object({
      format: z.enum(EXPORT_FORMATS, { error: `expected an export format: ${EXPORT_FORMATS.join(", ")}` }).meta({ description: "gexf, graphml, csv or json", example: "gexf" }),
      table: z.enum(CSV_TABLES, { error: `expected a table: ${CSV_TABLES.join(", ")}` }).optional().meta({ description: "Only with format=csv: suggestions (default), decisions or opportunities" }),
      run: id.optional().meta({ description: "The analysis run to export (default: the latest complete run)" }),
    }),
    handle: async ({ query }, { db, req, res, visibility, services }) => {
      if (visibility === "public") {
        // What needs a token is a missing-token answer (401), not a forbidden one.
        if (query.format === "csv") throw new HttpProblem("unauthorized", "CSV exports hold suggestions, decisions and opportunities: send an analyst's bearer token; the public export is the graph (gexf, graphml or json)");
        if (query.run) throw new HttpProblem("unauthorized", "run: the public export holds no analysis results; exporting a run's results needs an analyst's bearer token");
        // Anonymous visitors all get the same bytes until the data changes: served from a file.
        await services.publicExports.serve(db, query.format, req, res);
        return undefined;
      }
      // Built in a worker thread into a file, then streamed: the service keeps answering meanwhile.
      await sendExportFile(db, query as never, visibility, res);
      return undefined;
    },
  }),
];
