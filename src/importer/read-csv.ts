// Reads one CSV file: checks it is UTF-8 (spreadsheets often save Latin-1 "CSV"), detects the
// delimiter (Excel in a Belgian locale writes ';'), parses with csv-parse and keeps each row's
// spreadsheet row number.
import { parse } from "csv-parse/sync";
import { problem, type ImportProblem } from "./problems.ts";
import type { RawTable } from "./raw-table.ts";

const DELIMITERS = [",", ";", "\t"] as const;

function decodeUtf8(file: string, data: Buffer): string | ImportProblem {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    // Point at the first line with a byte that is not UTF-8, so the user can see which text is affected.
    const lenient = new TextDecoder("utf-8").decode(data);
    const bad = lenient.indexOf("\uFFFD");
    const line = bad < 0 ? undefined : lenient.slice(0, bad).split("\n").length;
    return problem({ file, row: line }, "expected UTF-8; save the file as CSV UTF-8", "the file holds bytes that are not UTF-8, e.g. Latin-1 accents");
  }
}

/** The delimiter that occurs most in the header line (quoted parts ignored). */
function detectDelimiter(text: string): string {
  const header = (text.split(/\r?\n/, 1)[0] ?? "").replace(/"[^"]*"/g, "");
  let best: string = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = header.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

export function readCsv(file: string, name: string, data: Buffer): { table?: RawTable; problems: ImportProblem[] } {
  const text = decodeUtf8(file, data);
  if (typeof text !== "string") return { problems: [text] };
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: false });
  } catch (err) {
    const e = err as Error & { lines?: number };
    return { problems: [problem({ file, row: e.lines }, "expected valid CSV", e.message)] };
  }
  const [header, ...rest] = records;
  if (!header || header.every((h) => h.trim() === "")) {
    return { problems: [problem({ file }, "expected a header row with the column names", "the file is empty")] };
  }
  return {
    table: { file, name, format: "csv", columns: header, rows: rest.map((cells, i) => ({ row: i + 2, cells })) },
    problems: [],
  };
}
