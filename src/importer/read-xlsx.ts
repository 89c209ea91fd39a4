// Reads an XLSX workbook with exceljs: one table per sheet, header in row 1. Cells become what a
// CSV cell would hold (text), except dates, which stay Date so no locale format gets in the way:
// numbers become their text, rich text and hyperlinks their visible text, formulas their result.
import ExcelJS from "exceljs";
import { problem, type ImportProblem } from "./problems.ts";
import { isExplanationSheet, type RawRow, type RawTable } from "./raw-table.ts";

export function cellToValue(v: ExcelJS.CellValue | undefined): unknown {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return v;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("hyperlink" in v) return cellToValue(v.text as ExcelJS.CellValue);
    if ("formula" in v || "sharedFormula" in v) return cellToValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("error" in v) return String(v.error);
  }
  return String(v);
}

export async function readXlsx(file: string, data: Buffer): Promise<{ tables: RawTable[]; problems: ImportProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (err) {
    return {
      tables: [],
      problems: [problem({ file }, "expected an XLSX workbook", `the file could not be opened as one: ${(err as Error).message}; save it from the spreadsheet program as .xlsx`)],
    };
  }
  const tables: RawTable[] = [];
  const problems: ImportProblem[] = [];
  for (const sheet of workbook.worksheets) {
    if (isExplanationSheet(sheet.name)) continue;
    const header = sheet.getRow(1);
    const columns: string[] = [];
    for (let c = 1; c <= header.cellCount; c++) columns.push(String(cellToValue(header.getCell(c).value) ?? "").trim());
    if (columns.every((h) => h === "")) {
      problems.push(problem({ file, sheet: sheet.name }, "expected a header row with the column names in row 1", "the sheet is empty"));
      continue;
    }
    const rows: RawRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: unknown[] = [];
      for (let c = 1; c <= Math.max(columns.length, row.cellCount); c++) cells.push(cellToValue(row.getCell(c).value));
      rows.push({ row: rowNumber, cells });
    });
    tables.push({ file, sheet: sheet.name, name: sheet.name, format: "xlsx", columns, rows });
  }
  if (workbook.worksheets.every((s) => isExplanationSheet(s.name))) {
    problems.push(problem({ file }, "expected at least one sheet named after an entity", "the workbook has no data sheets"));
  }
  return { tables, problems };
}
