// What can be wrong with an import, as data: every problem names the file, the sheet (XLSX) or
// list (JSON), the row as the spreadsheet shows it (header = row 1), the column, the value and
// what was expected, so a coordinator can fix the file without guessing.
import { DomainError } from "../errors.ts";
import { importProblemMessage, importProblemPlace, importProblemText, type ImportMessageParams, type ImportProblemId } from "../schemas/import-problem-messages.ts";
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
  /** The line as a message id and its parameters (src/schemas/import-problem-messages.ts), so a reader sees it in their language. */
  messageId?: ImportProblemId;
  params?: ImportMessageParams;
}

/** How many problems an answer lists one by one; the rest are counted in the summary. */
export const PROBLEMS_SHOWN = 100;

/** Counts of all problems, however many: per file and column, and per kind (what was expected). */
export interface ProblemSummary {
  total: number;
  shown: number;
  byColumn: Record<string, number>;
  byKind: Record<string, number>;
}

export function summariseProblems(problems: readonly ImportProblem[], shown = PROBLEMS_SHOWN): ProblemSummary {
  const byColumn: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  for (const p of problems) {
    const column = `${p.file}${p.sheet ? ` › ${p.sheet}` : ""}${p.column ? ` › ${p.column}` : ""}`;
    byColumn[column] = (byColumn[column] ?? 0) + 1;
    byKind[p.expected] = (byKind[p.expected] ?? 0) + 1;
  }
  return { total: problems.length, shown: Math.min(shown, problems.length), byColumn, byKind };
}

/** Thrown when an import has problems; nothing has been written when it is thrown. */
export class ImportValidationError extends DomainError {
  readonly problems: ImportProblem[];
  /** The counts behind a capped list of problems (HTTP bodies and the CLI show the first ones only). */
  get summary(): ProblemSummary {
    return summariseProblems(this.problems);
  }
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
  if (typeof value === "boolean") return `${value} (a yes/no value)`;
  let s: string;
  try {
    s = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    s = "(too deeply nested to show)";
  }
  s = s.length > MAX_SHOWN_VALUE ? `${s.slice(0, MAX_SHOWN_VALUE - 1)}…` : s;
  // Say what kind of value a JSON file gave where a cell value was expected.
  if (Array.isArray(value)) return `a list ${s}`;
  if (typeof value === "object") return `an object ${s}`;
  return s;
}

/** One line: `projects.csv row 7, column start: expected a date as YYYY-MM-DD, got "2023-13-45"` (English, from the catalogue). */
export function formatProblem(p: ImportProblem): string {
  const said = p.messageId && p.params ? importProblemText("en", p.messageId, p.params) : undefined;
  return said ?? `${importProblemPlace("en", importProblemMessage(p, p.expected).params)}: ${p.message}`;
}

/** Appends without spreading into arguments (a list of 160k problems would overflow the stack). */
export function append<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
}

/** Builds a problem whose message is "<expected>, got <value>" (or just <expected> when no value applies). */
export function problem(at: Omit<ImportProblem, "message" | "expected">, expected: string, note?: string): ImportProblem {
  const received = "value" in at && !/\bgot\b/.test(expected) ? showValue(at.value) : undefined;
  const { messageId, params } = importProblemMessage(at, expected, received, note);
  return { ...at, expected, message: `${expected}${received === undefined ? "" : `, got ${received}`}${note ? ` (${note})` : ""}`, messageId, params };
}
