// An import report as the HTTP answer sends it: the report with its one-line summary (said of the
// whole report), its lists capped (import-answer-lists.ts), encoded as JSON once, where the import
// ran (a worker thread for a large upload).
import { formatSummary, type ImportReport } from "../import-service.ts";
import type { ImportAnswer } from "./off-loop-tasks.ts";
import { presentImportProblem } from "../import-problem-answer.ts";
import { capReportLists } from "../import-answer-lists.ts";

export function importAnswer(report: ImportReport): ImportAnswer {
  const summary = formatSummary(report);
  const { report: listed, lists } = capReportLists(report);
  // TextEncoder gives a buffer of its own, which a worker can hand over whole.
  const body = new TextEncoder().encode(JSON.stringify({ ...listed, warnings: listed.warnings.map(presentImportProblem), summary, lists }));
  return { dryRun: report.dryRun, ...(report.job ? { job: report.job } : {}), summary, body };
}
