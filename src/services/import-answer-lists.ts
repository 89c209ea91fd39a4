// An import's report as a person reads it over HTTP: every count stays, but each list (possible
// duplicates, merges, warnings, what a sync removes, keeps or orphans) holds only its first
// IMPORT_ANSWER_LIST_LIMIT items, with the total of each list beside it. A dry run of 200k rows
// against a stored programme found tens of thousands of possible duplicates — 55 MB of JSON no
// coordinator reads, and seconds of the service's time to hand over and send. The command line's
// import still lists everything.
import { IMPORT_ANSWER_LIST_LIMIT, type ImportListsJson } from "../schemas/responses-import.ts";
import { ENTITY_NAMES } from "../schemas/index.ts";
import type { ImportReport } from "../importer/import-report.ts";

/** The report with each list cut to `limit` items, and the totals of all of them. */
export function capReportLists(report: ImportReport, limit = IMPORT_ANSWER_LIST_LIMIT): { report: ImportReport; lists: ImportListsJson } {
  const totals: Record<string, number> = {};
  let truncated = false;
  const cap = <T>(kind: string, items: T[]): T[] => {
    totals[kind] = items.length;
    if (items.length <= limit) return items;
    truncated = true;
    return items.slice(0, limit);
  };
  const capped: ImportReport = {
    ...report,
    merged: cap("merged", report.merged),
    ...(report.duplicates ? { duplicates: cap("duplicates", report.duplicates) } : {}),
    warnings: cap("warnings", report.warnings),
  };
  if (report.deleted) {
    const d = report.deleted;
    capped.deleted = Object.fromEntries(ENTITY_NAMES.map((e) => [e, cap(`deleted.${e}`, d[e] as unknown[])])) as unknown as typeof d;
  }
  if (report.sync) {
    const s = report.sync;
    capped.sync = { ...s, kept: cap("sync.kept", s.kept), withRemovedNodes: cap("sync.withRemovedNodes", s.withRemovedNodes), orphanedDecisions: cap("sync.orphanedDecisions", s.orphanedDecisions) };
  }
  return { report: capped, lists: { limit, truncated, totals } };
}
