// Reading CSV, XLSX and JSON into raw tables: encodings, delimiters, cell types, row numbers.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/importer/problems.ts";
import { readSources } from "../../src/importer/read-sources.ts";
import { validateTables } from "../../src/importer/validate-tables.ts";

const csv = (name: string, text: string) => ({ name, data: Buffer.from(text, "utf8") });

async function workbook(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("reading CSV", () => {
  it("handles a BOM, ';' as delimiter, snake_case headers and kebab-case file names", async () => {
    const r = await readSources([
      csv("partners.csv", "\uFEFFid;name;kind;enterprise_number\na1;Kringwinkel;social-economy;0123.456.749\n"),
      csv("project-themes.csv", "project,theme,weight\np1,t1,\"0,5\"\n"),
    ]);
    expect(r.problems).toEqual([]);
    const v = validateTables(r.tables);
    expect(v.problems).toEqual([]);
    expect(v.rows.partners.map((x) => [x.value.id, x.value.enterpriseNumber, x.at.row])).toEqual([["a1", "BE0123456749", 2]]);
    expect(v.rows.projectThemes.map((x) => x.value)).toEqual([{ project: "p1", theme: "t1", weight: 0.5 }]);
  });

  it("rejects Latin-1 bytes with the UTF-8 advice and the line of the first bad byte", async () => {
    const latin1 = Buffer.concat([Buffer.from("id,name,kind\nz1,Zuid,sme\nz2,Caf"), Buffer.from([0xe9]), Buffer.from(",sme\n")]);
    const r = await readSources([{ name: "partners.csv", data: latin1 }]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: "partners.csv", row: 3, expected: "expected UTF-8; save the file as CSV UTF-8" });
  });

  it("reports an empty file and keeps row numbers as a spreadsheet shows them, blank lines included", async () => {
    const r = await readSources([csv("themes.csv", ""), csv("projects.csv", "id,name,start\n\np1,Een,2020-01-01\n")]);
    expect(r.problems.map(formatProblem)).toEqual(["themes.csv: expected a header row with the column names (the file is empty)"]);
    const v = validateTables(r.tables);
    expect(v.rows.projects.map((x) => x.at.row)).toEqual([3]);
  });
});

describe("reading XLSX", () => {
  it("reads one sheet per entity: dates, numbers, rich text, hyperlinks and formula results", async () => {
    const data = await workbook({
      README: [["about"]],
      projects: [
        ["id", "name", "start", "website"],
        ["p1", { richText: [{ text: "Netwerk " }, { text: "Een", font: { bold: true } }] }, new Date(Date.UTC(2021, 2, 15)), { text: "https://example.org/p1", hyperlink: "https://example.org/p1" }],
      ],
      projectThemes: [
        ["project", "theme", "weight"],
        ["p1", "t1", { formula: "1/4", result: 0.25 }],
      ],
      partners: [
        ["id", "name", "kind", "enterpriseNumber"],
        [1001, "Bakkerij Peeters", "sme", 401574852],
      ],
    });
    const r = await readSources([{ name: "data.xlsx", data }]);
    expect(r.problems).toEqual([]);
    const v = validateTables(r.tables);
    expect(v.problems).toEqual([]);
    expect(v.rows.projects[0]!.value).toMatchObject({ id: "p1", name: "Netwerk Een", start: "2021-03-15", website: "https://example.org/p1" });
    expect(v.rows.projects[0]!.at).toEqual({ file: "data.xlsx", sheet: "projects", row: 2 });
    expect(v.rows.projectThemes[0]!.value.weight).toBe(0.25);
    expect(v.rows.partners[0]!.value).toMatchObject({ id: "1001", enterpriseNumber: "BE0401574852" });
  });

  it("says so when a .xlsx file is not a workbook", async () => {
    const r = await readSources([{ name: "data.xlsx", data: Buffer.from("id,name\n") }]);
    expect(r.problems).toHaveLength(1);
    expect(formatProblem(r.problems[0]!)).toMatch(/^data\.xlsx: expected an XLSX workbook/);
  });
});

describe("reading JSON", () => {
  it("reads a dataset-shaped object and names the list and item in problems", async () => {
    const doc = { themes: [{ id: "t1", nameNl: "Transparantie", nameEn: "Transparency" }], projects: [{ id: "p1", name: "Een", start: "2020-02-30" }] };
    const r = await readSources([{ name: "data.json", data: Buffer.from(JSON.stringify(doc)) }]);
    const v = validateTables(r.tables);
    expect(v.rows.themes).toHaveLength(1);
    expect(v.problems.map(formatProblem)).toEqual(['data.json › projects item 1, column start: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got "2020-02-30"']);
  });

  it("rejects an unknown list name", async () => {
    const r = await readSources([{ name: "data.json", data: Buffer.from(JSON.stringify({ organisations: [] })) }]);
    expect(r.problems[0]!.message).toMatch(/"organisations" is not one of them/);
  });
});
