// Bad input to the importer: every kind gets one clear problem line, the command fails, and the
// graph stays exactly as it was.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { formatProblem, importPath, ImportValidationError } from "../../src/services/import-service.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const BASE = {
  "themes.csv": "id,nameNl,nameEn\ntransparency,Transparantie,Transparency\n",
  "projects.csv": "id,name,start\np1,Netwerk Een,2010-01-01\n",
  "partners.csv": "id,name,kind\na1,Zuidwerk,ngo\n",
};

describe("import rejects bad input and writes nothing", () => {
  let t: TestDb;
  let db: Database;
  const dirs: string[] = [];
  const snapshot = () => t.rows("MATCH (n) WHERE NOT n:DiagonalTestMarker OPTIONAL MATCH (n)-[r]->(m) RETURN labels(n)[0] AS l, properties(n) AS p, type(r) AS t, m.id AS m ORDER BY l, p.id, t, m");

  /** Imports the files, expects ImportValidationError, checks the graph is unchanged, returns the problem lines. */
  async function rejected(files: Record<string, string | Buffer>): Promise<string[]> {
    const dir = await mkdtemp(join(tmpdir(), "diagonal-bad-"));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    const before = await snapshot();
    const err = await importPath(db, dir).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ImportValidationError);
    expect(await snapshot()).toEqual(before);
    return (err as ImportValidationError).problems.map(formatProblem);
  }

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
    const dir = await mkdtemp(join(tmpdir(), "diagonal-base-"));
    dirs.push(dir);
    for (const [name, content] of Object.entries(BASE)) await writeFile(join(dir, name), content);
    await importPath(db, dir);
  });
  afterAll(async () => {
    await t.clear();
    await t.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it("missing required column: one line for the header, none per row", async () => {
    expect(await rejected({ "projects.csv": "id,name\np2,Twee\np3,Drie\n" })).toEqual([
      'projects.csv row 1, column start: expected a column "start" (required for projects) (missing column)',
    ]);
  });

  it("wrong type or format: impossible date, weight that is not a number", async () => {
    expect(await rejected({
      "projects.csv": "id,name,start\np2,Twee,2023-13-45\n",
      "projectThemes.csv": "project,theme,weight\np1,transparency,heavy\n",
    })).toEqual([
      'projects.csv row 2, column start: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got "2023-13-45"',
      'projectThemes.csv row 2, column weight: expected a number from 0.01 to 1, got "heavy"',
    ]);
  });

  it("unknown theme: neither in the import nor stored", async () => {
    expect(await rejected({ "project-themes.csv": "project,theme\np1,transparency\np1,circular-economy\n" })).toEqual([
      'project-themes.csv row 3, column theme: expected a theme id that is in the import\'s themes or already stored, got "circular-economy" (unknown theme)',
    ]);
  });

  it("duplicate id within one entity file", async () => {
    expect(await rejected({ "partners.csv": "id,name,kind\nb1,Een,sme\nb2,Twee,sme\nb1,Drie,sme\n" })).toEqual([
      'partners.csv row 4, column id: expected each id once in partners, got "b1" (duplicate id; also at partners.csv row 2)',
    ]);
  });

  it("dangling reference: participation to a project and partner that exist nowhere", async () => {
    expect(await rejected({ "participations.csv": "partner,project\na1,p1\nghost,p1\na1,p404\n" })).toEqual([
      'participations.csv row 3, column partner: expected a partner id that is in the import\'s partners or already stored, got "ghost" (unknown partner)',
      'participations.csv row 4, column project: expected a project id that is in the import\'s projects or already stored, got "p404" (unknown project)',
    ]);
  });

  it("broken XLSX: a file named .xlsx that is not a workbook", async () => {
    const lines = await rejected({ "network.xlsx": "id,name,start\np2,Twee,2020-01-01\n" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^network\.xlsx: expected an XLSX workbook \(the file could not be opened as one: .*save it from the spreadsheet program as \.xlsx\)$/);
  });

  it("empty file: no header at all, and a header without rows", async () => {
    expect(await rejected({ "projects.csv": "" })).toEqual(["projects.csv: expected a header row with the column names (the file is empty)"]);
    expect(await rejected({ "projects.csv": "id,name,start\n" })).toEqual(["projects.csv: expected rows of projects below the header (no rows; nothing to import from it)"]);
  });

  it("wrong encoding: Latin-1 bytes in a CSV", async () => {
    const latin1 = Buffer.concat([Buffer.from("id,name,kind\nb1,Caf"), Buffer.from([0xe9]), Buffer.from(" Zuid,sme\n")]);
    expect(await rejected({ "partners.csv": latin1 })).toEqual([
      "partners.csv row 2: expected UTF-8; save the file as CSV UTF-8 (the file holds bytes that are not UTF-8, e.g. Latin-1 accents)",
    ]);
  });

  it("unknown file and sheet names", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("organisaties").addRows([["id", "name", "kind"], ["b1", "Een", "sme"]]);
    const lines = await rejected({ "organisations.csv": "id,name\nb1,Een\n", "book.xlsx": Buffer.from(await wb.xlsx.writeBuffer()) });
    expect(lines).toEqual([
      'book.xlsx [sheet organisaties]: expected a sheet named after an entity: themes, projects, partners, outcomes, projectThemes, participations, collaborations ("organisaties" is not one)',
      'organisations.csv: expected a file named after an entity: themes, projects, partners, outcomes, projectThemes, participations, collaborations ("organisations" is not one)',
    ]);
  });

  it("a file whose last row is bad writes nothing, not even the good rows before it", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `q${i},Netwerk ${i},2020-01-01`);
    expect(await rejected({ "projects.csv": `id,name,start\n${rows.join("\n")}\nq50,Laatste,01/02/2020\n` })).toEqual([
      'projects.csv row 52, column start: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got "01/02/2020"',
    ]);
    expect(await t.count("Project")).toBe(1);
  });

  it("unknown column: a warning, the rest is imported", async () => {
    const dir = await mkdtemp(join(tmpdir(), "diagonal-warn-"));
    dirs.push(dir);
    await writeFile(join(dir, "themes.csv"), "id,nameNl,nameEn,colour\nsocial-dialogue,Sociaal overleg,Social dialogue,blue\n");
    const report = await importPath(db, dir);
    expect(report.warnings.map(formatProblem)).toEqual([
      "themes.csv row 1, column colour: expected a column of themes: id, nameNl, nameEn, description (unknown column; ignored)",
    ]);
    expect(await t.rows("MATCH (t:Theme {id: 'social-dialogue'}) RETURN t.nameEn AS en, t.colour AS colour")).toEqual([{ en: "Social dialogue", colour: null }]);
  });
});
