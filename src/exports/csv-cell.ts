// CSV cells that a spreadsheet cannot run. A text cell that starts with =, +, -, @, a tab or a
// carriage return is read as a formula by Excel, LibreOffice and Google Sheets (OWASP, "CSV
// Injection"); such a cell gets a leading apostrophe, which spreadsheets show as text and do not
// evaluate. Only text is neutralised: numbers stay numbers (a score of -0.5 is a number, not a formula).
import { stringify, type Options } from "csv-stringify/sync";

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet will show it, never as a formula. */
export const neutraliseCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** csv-stringify (RFC 4180 quoting) with every text cell neutralised. */
export function safeCsv(rows: readonly unknown[][], options: Omit<Options, "cast"> = {}): string {
  return stringify(rows as unknown[][], { ...options, cast: { string: (v: string) => neutraliseCell(v) } });
}
