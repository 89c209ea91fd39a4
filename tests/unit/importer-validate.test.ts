// Header and row validation: one clear problem line per mistake, naming file, row, column and value.
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/importer/problems.ts";
import type { RawTable } from "../../src/importer/raw-table.ts";
import { columnsOf, validateTables } from "../../src/importer/validate-tables.ts";

const table = (name: string, columns: string[], ...rows: string[][]): RawTable => ({
  file: `${name}.csv`, name, format: "csv", columns, rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});

describe("validateTables", () => {
  it("knows which columns each entity requires", () => {
    const required = (e: Parameters<typeof columnsOf>[0]) => columnsOf(e).filter((c) => c.required).map((c) => c.key);
    expect(required("projects")).toEqual(["id", "name", "start"]);
    expect(required("partners")).toEqual(["id", "name", "kind"]);
    expect(required("participations")).toEqual(["partner", "project"]);
  });

  it("reports a missing required column once, before looking at rows", () => {
    const v = validateTables([table("projects", ["id", "name"], ["p1", "Een"], ["p2", "Twee"])]);
    expect(v.problems.map(formatProblem)).toEqual(['projects.csv row 1, column start: expected a column "start" (required for projects) (missing column)']);
    expect(v.rows.projects).toEqual([]);
  });

  it("names file, row, column, value and expectation for wrong values", () => {
    const v = validateTables([
      table("projects", ["ID", "Name", "Start"], ["p1", "Een", "2023-13-45"], ["p 2", "Twee", "2020-01-01"]),
      table("projectThemes", ["project", "theme", "weight"], ["p1", "t1", "heavy"]),
      table("partners", ["id", "name", "kind", "activeIn"], ["a1", "Kringwinkel", "charity", "north"]),
    ]);
    expect(v.problems.map(formatProblem)).toEqual([
      'projects.csv row 2, column Start: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got "2023-13-45"',
      "projects.csv row 3, column ID: expected an identifier: letters, digits, '-', '_', '.', ':' and no spaces (max 100), got \"p 2\"",
      'projectThemes.csv row 2, column weight: expected a number from 0.01 to 1, got "heavy"',
      'partners.csv row 2, column kind: expected one of: company, sme, social-economy, ngo, academic, consultancy, social-partner, government, other, got "charity"',
    ]);
  });

  it("rejects unknown file names and warns about unknown columns", () => {
    const v = validateTables([table("organisations", ["id"], ["x"]), table("themes", ["id", "nameNl", "nameEn", "colour"], ["t1", "A", "A", "red"])]);
    expect(v.problems.map(formatProblem)).toEqual([
      'organisations.csv: expected a file named after an entity: themes, projects, partners, outcomes, projectThemes, participations, collaborations ("organisations" is not one)',
    ]);
    expect(v.warnings.map(formatProblem)).toEqual([expect.stringMatching(/^themes\.csv row 1, column colour: expected a column of themes: .*unknown column; ignored/)]);
    expect(v.rows.themes).toHaveLength(1);
  });

  it("records which columns were present, so absent columns are left alone when writing", () => {
    const v = validateTables([table("partners", ["id", "name", "kind"], ["a1", "X", "sme"])]);
    expect(v.rows.partners[0]!.present).toEqual(["id", "name", "kind"]);
  });

  it("warns about a header-only file and skips blank rows", () => {
    const v = validateTables([table("collaborations", ["from", "to"], ["", ""])]);
    expect(v.problems).toEqual([]);
    expect(v.warnings.map((w) => w.message)).toEqual(["expected rows of collaborations below the header (no rows; nothing to import from it)"]);
  });
});
