// The reports use case, one entry point for the CLI and the HTTP API: validates the request,
// gathers the data (gather-*.ts), builds the document (src/reports, pure) and renders it as HTML,
// Markdown, JSON or PDF. The digest's HTML is the e-mail-safe kind (inline styles, no script).
// A digest that is sent out is recorded (recordDigestIssue) once it is delivered, so the next one
// starts there; a digest without `since` starts at the last one recorded (digest-issues.ts).
import { validated } from "../analysis/queries.ts";
import type { Db } from "../entities/store.ts";
import { reportRequestSchema, type ReportFormat, type ReportRequest, type ValidReportRequest } from "../../schemas/report.ts";
import type { ReportDocument } from "../../reports/document.ts";
import { healthReport } from "../../reports/health-report.ts";
import { themeReport } from "../../reports/theme-report.ts";
import { letterReport } from "../../reports/letter-report.ts";
import { digestReport } from "../../reports/digest-report.ts";
import { renderHtml } from "../../reports/render-html.ts";
import { renderMarkdown } from "../../reports/render-markdown.ts";
import { renderEmailHtml } from "../../reports/render-email.ts";
import { gatherHealth } from "./gather-health.ts";
import { gatherTheme } from "./gather-theme.ts";
import { gatherLetter } from "./gather-letter.ts";
import { gatherDigest } from "./gather-digest.ts";
import { htmlToPdf } from "./print-pdf.ts";
import { noProgress, type ReportProgress } from "./progress.ts";
import { digestSince, recordDigest } from "./digest-issues.ts";

export { ChromiumMissingError } from "./print-pdf.ts";
export type { ReportProgress } from "./progress.ts";

export interface RenderedReport {
  document: ReportDocument;
  body: string | Buffer;
  contentType: string;
  /** A file name that says what the report is. */
  fileName: string;
  /** When it was begun (before anything was read): a recorded digest's moment. */
  madeAt: string;
  format: ReportFormat;
}

const CONTENT_TYPES = { html: "text/html; charset=utf-8", md: "text/markdown; charset=utf-8", json: "application/json; charset=utf-8", pdf: "application/pdf" } as const;

export async function reportDocument(db: Db, r: ValidReportRequest, progress: ReportProgress = noProgress): Promise<ReportDocument> {
  const common = { ...(r.run ? { run: r.run } : {}), ...(r.since ? { since: r.since } : {}), internal: r.internal };
  switch (r.kind) {
    case "health":
      return healthReport(await gatherHealth(db, { ...common, lang: r.lang }, progress), r.lang);
    case "theme":
      return themeReport(await gatherTheme(db, r.subject!, { ...common, lang: r.lang }, progress), r.lang);
    case "letter":
      return letterReport(await gatherLetter(db, r.subject!, common, progress), r.lang);
    case "digest": {
      const { since, start } = await digestSince(db, r.since);
      return digestReport(await gatherDigest(db, since, { ...common, start }, progress), r.lang);
    }
  }
}

export async function buildReport(db: Db, request: ReportRequest, progress: ReportProgress = noProgress): Promise<RenderedReport> {
  const r = validated(reportRequestSchema, request, "report request");
  // The issue's moment is taken before anything is read: what is stored meanwhile is in the next one.
  const madeAt = new Date().toISOString();
  const document = await reportDocument(db, r, progress);
  const html = () => (r.kind === "digest" ? renderEmailHtml(document) : renderHtml(document));
  let body: string | Buffer;
  if (r.format === "html") body = html();
  else if (r.format === "md") body = renderMarkdown(document);
  else if (r.format === "json") body = `${JSON.stringify(document, null, 2)}\n`;
  else {
    progress("printing PDF", 0, 1);
    body = await htmlToPdf(html());
    progress("printing PDF", 1, 1);
  }
  const fileName = `diagonal-${r.kind}${r.subject ? `-${r.subject}` : ""}${r.internal ? "-internal" : ""}-${r.lang}.${r.format}`;
  return { document, body, contentType: CONTENT_TYPES[r.format], fileName, madeAt, format: r.format };
}

/**
 * Records a digest that was made to be sent (not a preview), with who made it: the next digest
 * without `since` starts from it. Called once the digest is delivered, so a failed write leaves
 * the record as it was.
 */
export async function recordDigestIssue(db: Db, report: RenderedReport, by: string): Promise<void> {
  if (report.document.kind !== "digest") throw new Error("diagonal/reports: only a digest is recorded as an issue");
  await recordDigest(db, { madeAt: report.madeAt, by, since: report.document.source.since ?? report.madeAt, lang: report.document.lang, format: report.format });
}
