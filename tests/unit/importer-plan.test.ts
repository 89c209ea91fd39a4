// From valid rows to writes: duplicate ids, partner merges, references, repeated relationships, the summary line.
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/importer/problems.ts";
import { nothingStored, planImport, type StoredState } from "../../src/importer/plan-import.ts";
import type { RawTable } from "../../src/importer/raw-table.ts";
import { validateTables } from "../../src/importer/validate-tables.ts";

const table = (name: string, columns: string[], ...rows: string[][]): RawTable => ({
  file: `${name}.csv`, name, format: "csv", columns, rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});
const valid = (...tables: RawTable[]) => {
  const v = validateTables(tables);
  expect(v.problems).toEqual([]);
  return v.rows;
};
const projects = table("projects", ["id", "name", "start"], ["p1", "Een", "2020-01-01"], ["p2", "Twee", "2021-01-01"]);

describe("planImport", () => {
  it("reports an id used twice in one entity, pointing at both rows", () => {
    const rows = valid(table("projects", ["id", "name", "start"], ["p1", "Een", "2020-01-01"], ["p1", "Een bis", "2020-01-01"]));
    const plan = planImport(rows, nothingStored());
    expect(plan.problems.map(formatProblem)).toEqual(['projects.csv row 3, column id: expected each id once in projects, got "p1" (duplicate id; also at projects.csv row 2)']);
  });

  it("merges spellings of one organisation within the import and rewrites its participations", () => {
    const rows = valid(
      projects,
      table("partners", ["id", "name", "kind", "enterpriseNumber", "website"],
        ["a1", "vzw De Kringwinkel", "social-economy", "", ""],
        ["a2", "DE KRINGWINKEL V.Z.W.", "social-economy", "", "https://kringwinkel.example.org"],
        ["b1", "Umicore NV", "company", "0401.574.852", ""],
        ["b2", "Umicore Belgium", "company", "BE0401574852", ""],
        ["c1", "Groep Zuid", "ngo", "BE0111111124", ""],
        ["c2", "Groep Zuid vzw", "ngo", "BE0222222248", ""]),
      table("participations", ["partner", "project", "role"], ["a1", "p1", "partner"], ["a2", "p1", "promoter"], ["b2", "p2", "expert"]),
    );
    const { plan, merges, problems } = planImport(rows, nothingStored());
    expect(problems).toEqual([]);
    expect(merges).toEqual([
      { entity: "partners", kept: "a1", merged: "a2", reason: "same name after normalisation: de kringwinkel" },
      { entity: "partners", kept: "b1", merged: "b2", reason: "same KBO number BE0401574852" },
    ]);
    // Different enterprise numbers: two organisations, however alike the names.
    expect(plan.partners.map((p) => p.id)).toEqual(["a1", "b1", "c1", "c2"]);
    expect(plan.partners[0]!.props).toMatchObject({ name: "vzw De Kringwinkel", website: "https://kringwinkel.example.org", nameKey: "de kringwinkel" });
    expect(plan.participations.map((p) => [p.partner, p.project, p.props.role])).toEqual([["a1", "p1", "promoter"], ["b1", "p2", "expert"]]);
  });

  it("merges into a stored partner, keeping its id and only filling what it lacks", () => {
    const stored: StoredState = {
      ...nothingStored(),
      partners: [{ id: "s1", enterpriseNumber: null, nameKey: "de kringwinkel", filled: ["id", "name", "kind", "nameKey", "activeIn"] }],
    };
    stored.ids.projects = new Set(["p9"]);
    const rows = valid(
      table("partners", ["id", "name", "kind", "sector"], ["a1", "De Kringwinkel VZW", "ngo", "retail"]),
      table("participations", ["partner", "project"], ["a1", "p9"]),
    );
    const { plan, merges, aliases, problems } = planImport(rows, stored);
    expect(problems).toEqual([]);
    expect(merges).toEqual([{ entity: "partners", kept: "s1", merged: "a1", reason: "same name after normalisation: de kringwinkel" }]);
    // The merged id becomes an alias of the stored partner: a record of its own, not a property.
    expect(plan.partners).toEqual([{ id: "s1", props: { sector: "retail" }, known: true }]);
    expect(aliases).toEqual([{ alias: "a1", partner: "s1", reason: "same name after normalisation: de kringwinkel", known: false }]);
    expect(plan.participations.map((p) => [p.partner, p.project])).toEqual([["s1", "p9"]]);
  });

  it("follows a merge into a stored partner that the file adds nothing to: its participations cite the stored id", () => {
    // The stored partner already has every field the file gives, so only its alias is recorded;
    // the file's participation rows still cite the file's id, which now means the stored partner.
    const stored: StoredState = {
      ...nothingStored(),
      partners: [{ id: "s1", enterpriseNumber: null, nameKey: "de kringwinkel", filled: ["id", "name", "kind", "nameKey", "activeIn"] }],
    };
    stored.ids.projects = new Set(["p9"]);
    const rows = valid(
      table("partners", ["id", "name", "kind"], ["a1", "De Kringwinkel VZW", "ngo"]),
      table("participations", ["partner", "project"], ["a1", "p9"]),
    );
    const { plan, aliases, problems } = planImport(rows, stored);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(plan.partners).toEqual([]);
    expect(aliases.map((a) => [a.alias, a.partner])).toEqual([["a1", "s1"]]);
    expect(plan.participations.map((p) => [p.partner, p.project, p.known])).toEqual([["s1", "p9", true]]);
  });

  it("reports references that exist neither in the import nor in the database", () => {
    const stored = nothingStored();
    stored.ids.themes = new Set(["transparency"]);
    const rows = valid(
      projects,
      table("projectThemes", ["project", "theme"], ["p1", "transparency"], ["p2", "nope"]),
      table("outcomes", ["id", "project", "title", "themes"], ["o1", "p1", "Rapport", "transparency;ghost"]),
      table("participations", ["partner", "project"], ["x1", "p3"]),
      table("collaborations", ["from", "to"], ["p1", "p2"], ["p2", "p1"]),
    );
    const { problems, warnings, plan } = planImport(rows, stored);
    expect(problems.map(formatProblem)).toEqual([
      'outcomes.csv row 2, column themes: expected a theme id that is in the import\'s themes or already stored, got "ghost" (unknown theme)',
      'projectThemes.csv row 3, column theme: expected a theme id that is in the import\'s themes or already stored, got "nope" (unknown theme)',
      'participations.csv row 2, column partner: expected a partner id that is in the import\'s partners or already stored, got "x1" (unknown partner)',
      'participations.csv row 2, column project: expected a project id that is in the import\'s projects or already stored, got "p3" (unknown project)',
    ]);
    expect(plan.collaborations.map((c) => [c.from, c.to])).toEqual([["p1", "p2"]]);
    expect(warnings.map((w) => w.row)).toEqual([3]);
  });
});

describe("formatSummary", () => {
  it("prints one line with counts per entity that had rows, merges and seconds", async () => {
    const { formatSummary } = await import("../../src/importer/import-report.ts");
    const zero = { rows: 0, created: 0, updated: 0 };
    const line = formatSummary({
      dryRun: false,
      counts: { themes: zero, projects: { rows: 12, created: 12, updated: 0 }, partners: { rows: 84, created: 80, updated: 0 }, outcomes: zero, projectThemes: zero, participations: { rows: 1, created: 1, updated: 0 }, collaborations: zero },
      merged: Array.from({ length: 4 }, (_, i) => ({ entity: "partners" as const, kept: "a", merged: `b${i}`, reason: "same KBO number BE0123456749" })),
      warnings: [],
      seconds: 0.84,
    });
    expect(line).toBe("imported: 12 projects (12 new, 0 updated), 84 partners (80 new, 0 updated, 4 merged), 1 participation (1 new, 0 updated) in 0.8s");
  });
});
