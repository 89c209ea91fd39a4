// What can be wrong with an import, as data: every problem names the file, the sheet (XLSX) or
// list (JSON), the row as the spreadsheet shows it (header = row 1), the column, the value and
// what was expected, so a coordinator can fix the file without guessing.
import { DomainError } from "../errors.ts";
export interface ImportProblem {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  value?: unknown;
  expected: string;
  message: string;
  /** What kind of problem, where code must tell kinds apart (never by message text). */
  kind?: "empty-table";
}

/** Thrown when an import has problems; nothing has been written when it is thrown. */
export class ImportValidationError extends DomainError {
  readonly problems: ImportProblem[];
  constructor(problems: ImportProblem[], shown = 50) {
    const lines = problems.slice(0, shown).map((p) => `  ${formatProblem(p)}`);
    if (problems.length > shown) lines.push(`  … and ${problems.length - shown} more`);
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the import; nothing was written:\n${lines.join("\n")}`, "import-invalid");
    this.problems = problems;
  }
}

const MAX_SHOWN_VALUE = 80;

/** A value as a reader recognises it in the file: text quoted, long values cut. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null) return "nothing";
  if (typeof value === "string" && value.trim() === "") return "an empty cell";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString().slice(0, 10);
  const s = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return s.length > MAX_SHOWN_VALUE ? `${s.slice(0, MAX_SHOWN_VALUE - 1)}…` : s;
}

/** One line: `projects.csv row 7, column start: expected a date as YYYY-MM-DD, got "2023-13-45"`. */
export function formatProblem(p: ImportProblem): string {
  const isJson = /\.json$/i.test(p.file);
  let where = p.file;
  if (p.sheet) where += isJson ? ` › ${p.sheet}` : ` [sheet ${p.sheet}]`;
  if (p.row !== undefined) where += isJson ? ` item ${p.row}` : ` row ${p.row}`;
  if (p.column) where += `${p.row !== undefined ? "," : ""} column ${p.column}`;
  return `${where}: ${p.message}`;
}

/** Builds a problem whose message is "<expected>, got <value>" (or just <expected> when no value applies). */
export function problem(at: Omit<ImportProblem, "message" | "expected">, expected: string, note?: string): ImportProblem {
  const got = "value" in at && !/\bgot\b/.test(expected) ? `, got ${showValue(at.value)}` : "";
  return { ...at, expected, message: `${expected}${got}${note ? ` (${note})` : ""}` };
}
