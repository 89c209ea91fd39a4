// A table as read from a file, before it is matched to an entity: the header texts as written
// and the cells of each data row, with the row number the spreadsheet shows (header = row 1).
import { ENTITY_NAMES, type EntityName } from "../schemas/index.ts";

export interface RawRow {
  /** Row number as a spreadsheet shows it (CSV/XLSX), or the item number in a JSON list. */
  row: number;
  cells: unknown[];
}

export interface RawTable {
  file: string;
  sheet?: string;
  format: "csv" | "xlsx" | "json";
  /** The file or sheet name that says which entity the rows are. */
  name: string;
  columns: string[];
  rows: RawRow[];
}

/** Lowercase without separators, so "project-themes", "project_themes" and "ProjectThemes" compare equal. */
export const looseName = (s: string) => s.trim().toLowerCase().replace(/[\s_\-.]+/g, "");

const ENTITY_BY_LOOSE_NAME = new Map(ENTITY_NAMES.map((n) => [looseName(n), n]));

/** The entity a file or sheet name stands for (file extension already removed), if any. */
export function entityFor(name: string): EntityName | undefined {
  return ENTITY_BY_LOOSE_NAME.get(looseName(name));
}

/** Sheets a workbook may carry besides the data (the template's explanation sheet). */
export const isExplanationSheet = (name: string) => ["readme", "leesmij", "help", "uitleg", "instructions"].includes(looseName(name));
