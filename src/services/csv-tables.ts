// CSV of an analysis run's suggestions, of the decisions on suggested pairs, and of the run's
// opportunities, through csv-stringify (RFC 4180 quoting), one row per item, lists joined with "; ";
// text cells that a spreadsheet would run as a formula are neutralised (csv-cell.ts).
import { safeCsv as stringify } from "../exports/csv-cell.ts";
import type { DecisionRecord, StoredOpportunity } from "./analysis/records.ts";
import type { ExportSuggestion } from "../exports/export-graph.ts";

export interface SuggestionRow extends ExportSuggestion { aName: string; bName: string; signals: Record<string, number>; sharedThemes: string[]; sharedPartners: string[] }

const SIGNALS = ["themes", "partners", "text", "outcomes", "complementarity"] as const;

export function suggestionsCsv(rows: readonly SuggestionRow[]): string {
  return stringify(
    rows.map((s) => [s.rank, s.id, s.a, s.aName, s.b, s.bName, s.score, s.diagonal, ...SIGNALS.map((k) => s.signals[k] ?? 0), s.sharedThemes.join("; "), s.sharedPartners.join("; "), s.reasonsNl.join("; "), s.reasonsEn.join("; "), s.decision ?? "open"]),
    { header: true, columns: ["rank", "id", "a", "aName", "b", "bName", "score", "diagonal", ...SIGNALS.map((k) => `signal_${k}`), "sharedThemes", "sharedPartners", "reasonsNl", "reasonsEn", "decision"] },
  );
}

export function decisionsCsv(rows: readonly DecisionRecord[]): string {
  return stringify(
    rows.map((d) => [d.pairKey, d.a, d.b, d.decision, d.note ?? "", d.decidedAt, d.suggestionId, d.runId]),
    { header: true, columns: ["pairKey", "a", "b", "decision", "note", "decidedAt", "suggestionId", "runId"] },
  );
}

export function opportunitiesCsv(rows: readonly StoredOpportunity[]): string {
  return stringify(
    rows.map((o) => [o.kind, o.key, o.score, o.subjects.map((s) => `${s.type}:${s.id}`).join("; "), o.reasons.nl.join("; "), o.reasons.en.join("; ")]),
    { header: true, columns: ["kind", "key", "score", "subjects", "reasonsNl", "reasonsEn"] },
  );
}
