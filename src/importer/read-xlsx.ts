// Reads an XLSX workbook with exceljs: one table per sheet, header in row 1. Cells become what a
// CSV cell would hold (text), except dates, which stay Date so no locale format gets in the way:
// numbers become their text, rich text and hyperlinks their visible text, formulas their result
// (a formula saved without a result, as openpyxl writes them, is reported as such). Before exceljs
// sees the file, its decompressed size is bounded (xlsx-size-guard.ts), and header notes stored
// where exceljs 4.4 cannot find them (openpyxl's xl/comments/comment1.xml) are set aside: exceljs
// would fail with "Cannot read properties of undefined (reading 'comments')". Notes are no data.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { problem, type ImportProblem } from "./problems.ts";
import { checkXlsxInflatedSize, DEFAULT_XLSX_INFLATED_LIMIT } from "./xlsx-size-guard.ts";
import { isExplanationSheet, type RawRow, type RawTable } from "./raw-table.ts";
import { expectedText as expected, noteText as note } from "../schemas/import-problem-messages.ts";

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

/** A formula cell whose file holds no computed result. */
const isFormulaWithoutResult = (v: ExcelJS.CellValue | undefined): v is ExcelJS.CellFormulaValue =>
  typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v) && ((v as ExcelJS.CellFormulaValue).result === undefined || (v as ExcelJS.CellFormulaValue).result === null);

/** Comment parts named as exceljs expects them (xl/commentsN.xml, xl/drawings/vmlDrawingN.vml). */
const EXCELJS_NOTE_PARTS = [/^xl\/comments\d+\.xml$/, /^xl\/drawings\/vmlDrawing\d+\.vml$/];
const COMMENT_REL = /<Relationship\b[^>]*Type="[^"]*\/(comments|vmlDrawing)"[^>]*\/>/g;

/** The workbook without the sheets' note relationships, when its notes are stored where exceljs cannot find them. */
async function withoutForeignNotes(data: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files);
  const noteParts = names.filter((n) => !n.includes("_rels/") && (/comment[^/]*\.xml$/i.test(n) || n.endsWith(".vml")));
  const foreign = noteParts.some((n) => !EXCELJS_NOTE_PARTS.some((re) => re.test(n)));
  if (!foreign) return data;
  for (const name of names.filter((n) => /^xl\/worksheets\/_rels\/.*\.rels$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace(COMMENT_REL, ""));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } });
}

export async function readXlsx(file: string, data: Buffer, inflatedLimit = DEFAULT_XLSX_INFLATED_LIMIT): Promise<{ tables: RawTable[]; problems: ImportProblem[] }> {
  const size = await checkXlsxInflatedSize(data, inflatedLimit);
  if (!size.ok && size.tooLarge) {
    return { tables: [], problems: [problem({ file }, expected("import.xlsx-size"), note("note.xlsx-refused", { reason: size.reason }))] };
  }
  if (!size.ok) {
    return { tables: [], problems: [problem({ file }, expected("import.xlsx"), note("note.xlsx-unopened", { reason: size.reason }))] };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load((await withoutForeignNotes(data)) as unknown as ArrayBuffer);
  } catch {
    return {
      tables: [],
      problems: [problem({ file }, expected("import.xlsx"), note("note.xlsx-parts"))],
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
      problems.push(problem({ file, sheet: sheet.name }, expected("import.xlsx-header"), note("note.sheet-empty")));
      continue;
    }
    const rows: RawRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: unknown[] = [];
      for (let c = 1; c <= Math.max(columns.length, row.cellCount); c++) {
        const value = row.getCell(c).value;
        if (isFormulaWithoutResult(value)) {
          const formula = "formula" in value ? value.formula : (value as { sharedFormula: string }).sharedFormula;
          problems.push(problem({ file, sheet: sheet.name, row: rowNumber, column: columns[c - 1] || `#${c}`, value: `=${formula}` }, expected("import.xlsx-formula"), note("note.formula")));
          cells.push(undefined);
          continue;
        }
        cells.push(cellToValue(value));
      }
      rows.push({ row: rowNumber, cells });
    });
    tables.push({ file, sheet: sheet.name, name: sheet.name, format: "xlsx", columns, rows });
  }
  if (workbook.worksheets.every((s) => isExplanationSheet(s.name))) {
    problems.push(problem({ file }, expected("import.xlsx-data-sheet"), note("note.no-data-sheets")));
  }
  return { tables, problems };
}
