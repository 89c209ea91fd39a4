// An import report as the HTTP answer sends it: the report with its one-line summary, encoded as
// JSON once, where the import ran (a worker thread for a large upload).
import { formatSummary, type ImportReport } from "../import-service.ts";
import type { ImportAnswer } from "./off-loop-tasks.ts";
import { presentImportProblem } from "../import-problem-answer.ts";

export function importAnswer(report: ImportReport): ImportAnswer {
  const summary = formatSummary(report);
  // TextEncoder gives a buffer of its own, which a worker can hand over whole.
  const body = new TextEncoder().encode(JSON.stringify({ ...report, warnings: report.warnings.map(presentImportProblem), summary }));
  return { dryRun: report.dryRun, ...(report.job ? { job: report.job } : {}), summary, body };
}
