// What the importer says about files a coordinator really hands over: openpyxl-saved workbooks,
// formulas without results, zip bombs, unclosed quotes, a foreign delimiter, JSON lists and
// objects where a cell was expected, deep JSON, year-only dates, enterprise check digits.
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { propertiesOf } from "../../src/importer/plan-import.ts";
import { formatProblem, summariseProblems, type ImportProblem } from "../../src/importer/problems.ts";
import { readSources } from "../../src/importer/read-sources.ts";
import { readXlsx } from "../../src/importer/read-xlsx.ts";
import { validateTables } from "../../src/importer/validate-tables.ts";
import { checkXlsxInflatedSize } from "../../src/importer/xlsx-size-guard.ts";

const file = (name: string, text: string) => ({ name, data: Buffer.from(text, "utf8") });
const lines = (ps: ImportProblem[]) => ps.map(formatProblem);

async function problemsOf(...files: { name: string; data: Buffer }[]) {
  const read = await readSources(files);
  return [...lines(read.problems), ...lines(validateTables(read.tables).problems)];
}

describe("workbooks", () => {
  it("imports the template as re-saved by openpyxl (notes in xl/comments/, which exceljs 4.4 cannot place)", async () => {
    const data = readFileSync("fixtures/xlsx/template-saved-by-openpyxl.xlsx");
    const read = await readSources([{ name: "template.xlsx", data }]);
    expect(lines(read.problems)).toEqual([]);
    const v = validateTables(read.tables);
    expect(lines(v.problems)).toEqual([]);
    expect(v.rows.projects.map((r) => [r.value.id, r.value.start, r.value.end])).toEqual([["ln-openpyxl-1", "2012", "2013-06"]]);
    expect(v.rows.partners.map((r) => r.value.enterpriseNumber)).toEqual(["BE0123456749"]);
    expect(v.rows.participations).toHaveLength(1);
  });

  it("reports a formula saved without its result as a formula, at its cell", async () => {
    const data = readFileSync("fixtures/xlsx/formula-without-cached-value.xlsx");
    const { problems } = await readXlsx("themes.xlsx", data);
    expect(lines(problems)).toEqual([
      'themes.xlsx [sheet themes] row 3, column nameNl: expected a value, not a formula without a saved result, got "=CONCATENATE(\\"Thema \\", \\"twee\\")" (the program that saved the file did not calculate it; open and save it in a spreadsheet program, or type the value)',
    ]);
  });

  it("refuses a workbook that would unpack beyond the limit, before exceljs inflates it", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/worksheets/sheet1.xml", Buffer.alloc(40 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const { tables, problems } = await readXlsx("bomb.xlsx", bomb, 16 * 1024 * 1024);
    expect(tables).toEqual([]);
    expect(lines(problems)).toEqual(["bomb.xlsx: expected an XLSX workbook of ordinary size (it would unpack to more than 16 MB (the limit for a workbook); refused before unpacking it)"]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(0);

    // Sizes declared in the archive can lie: the real inflation is bounded too.
    const lying = Buffer.from(bomb);
    const cd = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(100, cd + 24);
    expect(await checkXlsxInflatedSize(lying, 16 * 1024 * 1024)).toEqual({ ok: false, tooLarge: true, reason: "it would unpack to more than 16 MB (the limit for a workbook)" });
    expect(await checkXlsxInflatedSize(readFileSync("fixtures/template/diagonal-template.xlsx"))).toEqual({ ok: true });
  });
});

describe("CSV messages", () => {
  it("reports an unclosed quote at the row where it opens, not at the end of the file", async () => {
    const rows = ["id,nameNl,nameEn", "t1,Een,One", 't2,"Twee,Two', ...Array.from({ length: 20 }, (_, i) => `t${i + 3},Naam,Name`)];
    expect(await problemsOf(file("themes.csv", rows.join("\n")))).toEqual([
      'themes.csv row 3: expected every quote (") that opens a cell to be closed (a quote opens a cell in this row and is never closed, so the rest of the file would be one cell)',
    ]);
  });

  it("names a foreign delimiter as such", async () => {
    expect(await problemsOf(file("themes.csv", "id|nameNl|nameEn\nt1|Een|One\n"))).toEqual([
      "themes.csv row 1: expected columns separated by a comma, a semicolon or a tab (the header row is one column; its names seem separated by '|' (a vertical bar). Save the file as CSV with ',' or ';' as separator)",
    ]);
  });

  it("reports end before start also when the row has other problems, and words ranges without library text", async () => {
    const problems = await problemsOf(
      file("projects.csv", `id,name,start,end,website\np1,${"x".repeat(301)},2020-05-01,2019-01-01,not a url\n`),
      file("projectThemes.csv", "project,theme,weight\np1,t1,5\n"),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^projects.csv row 2, column name: expected text of at most 300 characters, got "x+…$/),
      'projects.csv row 2, column website: expected an http(s) URL, got "not a url"',
      'projects.csv row 2, column end: expected an end date on or after the start date, got "2019-01-01"',
      'projectThemes.csv row 2, column weight: expected a number from 0.01 to 1, got "5"',
    ]);
    expect(problems.join("\n")).not.toMatch(/Too big|Too small|Invalid input/);
  });

  it("refuses a Belgian enterprise number whose check digits are wrong (mod 97)", async () => {
    const problems = await problemsOf(file("partners.csv", "id,name,kind,enterpriseNumber\na1,Een,ngo,0123.456.749\na2,Twee,ngo,0123.456.789\na3,Drie,ngo,NL123456789B01\n"));
    expect(problems).toEqual([
      'partners.csv row 3, column enterpriseNumber: expected a Belgian enterprise number whose last two digits are its check digits (97 minus the first eight digits mod 97), got "0123.456.789"',
    ]);
  });
});

describe("dates of year or month precision", () => {
  it("accepts YYYY and YYYY-MM, compares periods, and stores the first day with the precision", async () => {
    const read = await readSources([file("projects.csv", "id,name,start,end\np1,Een,2012,2012-06\np2,Twee,2012-07,2012\np3,Drie,2012-13,\n")]);
    const v = validateTables(read.tables);
    expect(lines(v.problems)).toEqual(['projects.csv row 4, column start: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got "2012-13"']);
    expect(v.rows.projects.map((r) => [r.value.start, r.value.end])).toEqual([["2012", "2012-06"], ["2012-07", "2012"]]);
    const props = propertiesOf("projects", v.rows.projects[0]!.value, ["start", "end"]);
    expect(String(props.start)).toBe("2012-01-01");
    expect(props).toMatchObject({ startPrecision: "year", endPrecision: "month" });
    expect(String(propertiesOf("projects", { start: "2012-06" , end: "2012-02-03" }, ["start", "end"]).end)).toBe("2012-02-03");
  });
});

describe("JSON messages", () => {
  it("names lists, objects and yes/no values for what they are", async () => {
    const doc = { themes: [{ id: "t1", nameNl: ["a", "b"], nameEn: { en: "x" }, description: true }] };
    expect(await problemsOf(file("data.json", JSON.stringify(doc)))).toEqual([
      "data.json › themes item 1, column nameNl: expected text, got a list",
      "data.json › themes item 1, column nameEn: expected text, got an object",
      "data.json › themes item 1, column description: expected text, got a yes/no value",
    ]);
  });

  it("refuses JSON nested thousands of levels deep with a clear problem", async () => {
    const deep = `{"themes":[{"id":"t1","nameNl":${"[".repeat(5000)}${"]".repeat(5000)},"nameEn":"x"}]}`;
    expect(await problemsOf(file("data.json", deep))).toEqual([
      "data.json: expected lists of rows whose values are plain text, numbers or short lists (at most 32 levels of nesting) (the document nests deeper than that)",
    ]);
  });
});

describe("summariseProblems", () => {
  it("counts every problem per column and per kind", () => {
    const p = (column: string, expected: string): ImportProblem => ({ file: "participations.csv", column, expected, message: expected });
    const all = [...Array.from({ length: 150 }, () => p("partner", "expected a partner id")), p("project", "expected a project id")];
    expect(summariseProblems(all)).toEqual({
      total: 151,
      shown: 100,
      byColumn: { "participations.csv › partner": 150, "participations.csv › project": 1 },
      byKind: { "expected a partner id": 150, "expected a project id": 1 },
    });
  });
});
