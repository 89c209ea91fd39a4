// The reports use case, one entry point for the CLI and the HTTP API: validates the request,
// gathers the data (gather-*.ts), builds the document (src/reports, pure) and renders it as HTML,
// Markdown, JSON or PDF. The digest's HTML is the e-mail-safe kind (inline styles, no script).
import { validated } from "../analysis/queries.ts";
import type { Db } from "../entities/store.ts";
import { reportRequestSchema, type ReportRequest, type ValidReportRequest } from "../../schemas/report.ts";
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

export { ChromiumMissingError } from "./print-pdf.ts";
export type { ReportProgress } from "./progress.ts";

export interface RenderedReport {
  document: ReportDocument;
  body: string | Buffer;
  contentType: string;
  /** A file name that says what the report is. */
  fileName: string;
}

const CONTENT_TYPES = { html: "text/html; charset=utf-8", md: "text/markdown; charset=utf-8", json: "application/json; charset=utf-8", pdf: "application/pdf" } as const;

export async function reportDocument(db: Db, r: ValidReportRequest, progress: ReportProgress = noProgress): Promise<ReportDocument> {
  switch (r.kind) {
    case "health":
      return healthReport(await gatherHealth(db, { ...(r.run ? { run: r.run } : {}), ...(r.since ? { since: r.since } : {}), lang: r.lang }, progress), r.lang);
    case "theme":
      return themeReport(await gatherTheme(db, r.subject!, { ...(r.run ? { run: r.run } : {}), ...(r.since ? { since: r.since } : {}), lang: r.lang }, progress), r.lang);
    case "letter":
      return letterReport(await gatherLetter(db, r.subject!, { ...(r.run ? { run: r.run } : {}), ...(r.since ? { since: r.since } : {}) }, progress), r.lang);
    case "digest":
      return digestReport(await gatherDigest(db, r.since!, { ...(r.run ? { run: r.run } : {}) }, progress), r.lang);
  }
}

export async function buildReport(db: Db, request: ReportRequest, progress: ReportProgress = noProgress): Promise<RenderedReport> {
  const r = validated(reportRequestSchema, request, "report request");
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
  const fileName = `diagonal-${r.kind}${r.subject ? `-${r.subject}` : ""}-${r.lang}.${r.format}`;
  return { document, body, contentType: CONTENT_TYPES[r.format], fileName };
}
