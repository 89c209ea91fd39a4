// The import template workbook matches the schemas, and every documented example is valid.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { columnGuide } from "../../src/importer/column-guide.ts";
import { readSources } from "../../src/importer/read-sources.ts";
import { columnsOf, validateTables } from "../../src/importer/validate-tables.ts";
import { ENTITY_NAMES } from "../../src/schemas/index.ts";

const TEMPLATE = new URL("../../fixtures/template/diagonal-template.xlsx", import.meta.url);

describe("import template", () => {
  it("has one sheet per entity whose header is exactly the schema's columns, after a README sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await readFile(TEMPLATE) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["README", ...ENTITY_NAMES]);
    const read = await readSources([{ name: "diagonal-template.xlsx", data: await readFile(TEMPLATE) }]);
    expect(read.problems).toEqual([]);
    expect(Object.fromEntries(read.tables.map((t) => [t.name, t.columns]))).toEqual(
      Object.fromEntries(ENTITY_NAMES.map((e) => [e, columnsOf(e).map((c) => c.key)])),
    );
    const kind = wb.getWorksheet("partners")!.getCell("C2").dataValidation;
    expect(kind).toMatchObject({ type: "list", formulae: ['"company,sme,social-economy,ngo,academic,consultancy,social-partner,government,other"'] });
  });

  it("describes every column, and every example passes validation", async () => {
    const guide = columnGuide();
    expect(guide.length).toBe(ENTITY_NAMES.reduce((n, e) => n + columnsOf(e).length, 0));
    const tables = ENTITY_NAMES.map((e) => {
      const cols = guide.filter((c) => c.entity === e);
      return { file: "template.csv", name: e, format: "csv" as const, columns: cols.map((c) => c.column), rows: [{ row: 2, cells: cols.map((c) => c.example) }] };
    });
    const v = validateTables(tables);
    expect(v.problems).toEqual([]);
    expect(ENTITY_NAMES.map((e) => v.rows[e].length)).toEqual(ENTITY_NAMES.map(() => 1));
  });
});
