// Reads one CSV file: checks it is UTF-8 (spreadsheets often save Latin-1 "CSV"), detects the
// delimiter (Excel in a Belgian locale writes ';'), parses with csv-parse and keeps each row's
// spreadsheet row number.
import { parse } from "csv-parse/sync";
import { problem, type ImportProblem } from "./problems.ts";
import type { RawTable } from "./raw-table.ts";
import { expectedText as expected, noteText as note } from "../schemas/import-problem-messages.ts";

const DELIMITERS = [",", ";", "\t"] as const;

function decodeUtf8(file: string, data: Buffer): string | ImportProblem {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    // Point at the first line with a byte that is not UTF-8, so the user can see which text is affected.
    const lenient = new TextDecoder("utf-8").decode(data);
    const bad = lenient.indexOf("\uFFFD");
    const line = bad < 0 ? undefined : lenient.slice(0, bad).split("\n").length;
    return problem({ file, row: line }, expected("import.csv-utf8"), note("note.latin1"));
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
  const delimiter = detectDelimiter(text);
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false });
  } catch (err) {
    return { problems: [csvSyntaxProblem(file, text, delimiter, err as Error & { code?: string; lines?: number })] };
  }
  const [header, ...rest] = records;
  if (!header || header.every((h) => h.trim() === "")) {
    return { problems: [problem({ file }, expected("import.header-row"), note("note.file-empty"))] };
  }
  const foreign = header.length === 1 ? foreignDelimiter(header[0]!) : undefined;
  if (foreign) {
    return {
      problems: [problem({ file, row: 1 }, expected("import.csv-separator"), note("note.foreign-separator", { separator: foreign }))],
    };
  }
  return {
    table: { file, name, format: "csv", columns: header, rows: rest.map((cells, i) => ({ row: i + 2, cells })) },
    problems: [],
  };
}

const FOREIGN_DELIMITERS: [string, string][] = [["|", "'|' (a vertical bar)"], [":", "':' (a colon)"], ["^", "'^'"], ["~", "'~'"], ["#", "'#'"], ["/", "'/'"]];

/** A separator other than , ; or tab that splits a one-column header into several names. */
function foreignDelimiter(header: string): string | undefined {
  for (const [d, name] of FOREIGN_DELIMITERS) {
    const parts = header.split(d).map((p) => p.trim());
    if (parts.length > 1 && parts.every((p) => /^[A-Za-z][\w -]*$/.test(p))) return name;
  }
  return undefined;
}

/**
 * csv-parse stops where it notices a problem — for an unclosed quote that is the end of the
 * file. The row that matters is where the quote opened: found by a scan that follows quoting.
 */
function csvSyntaxProblem(file: string, text: string, delimiter: string, e: Error & { code?: string; lines?: number }): ImportProblem {
  if (e.code === "CSV_QUOTE_NOT_CLOSED") {
    const opened = unclosedQuoteRow(text, delimiter);
    return problem({ file, row: opened }, expected("import.csv-quote-closed"), note("note.quote-unclosed"));
  }
  if (e.code === "CSV_INVALID_CLOSING_QUOTE") {
    return problem({ file, row: e.lines }, expected("import.csv-quote-doubled"), note("note.quote-followed"));
  }
  if (e.code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE") {
    return problem({ file, row: e.lines }, expected("import.csv-separator-after-quote"), note("note.after-closing-quote"));
  }
  return problem({ file, row: e.lines }, expected("import.csv"), note("note.csv-unreadable"));
}

/** The spreadsheet row (header = 1) in which a quoted cell opens and never closes. */
export function unclosedQuoteRow(text: string, delimiter: string): number | undefined {
  let row = 1;
  let atCellStart = true;
  let inQuote = false;
  let openedRow = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuote) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuote = false;
      } else if (c === "\n") {
        // Still inside the cell: the record (spreadsheet row) does not end here.
      }
      continue;
    }
    if (c === '"' && atCellStart) {
      inQuote = true;
      openedRow = row;
      continue;
    }
    if (c === "\n") {
      row++;
      atCellStart = true;
    } else if (c === delimiter) {
      atCellStart = true;
    } else if (c !== "\r" && c !== "\uFEFF") {
      atCellStart = false;
    }
  }
  return inQuote ? openedRow : undefined;
}
