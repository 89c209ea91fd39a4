// An import that names a partner id merged into another (an alias) writes to the kept partner: its
// partner row only fills what the kept one lacks, and its participations go to the kept partner.
import { describe, expect, it } from "vitest";
import { nothingStored, planImport } from "../../src/importer/plan-import.ts";
import type { RawTable } from "../../src/importer/raw-table.ts";
import { validateTables } from "../../src/importer/validate-tables.ts";

const table = (name: string, columns: string[], ...rows: string[][]): RawTable => ({
  file: `${name}.csv`, name, format: "csv", columns, rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});

describe("planImport with aliases", () => {
  it("follows an alias to the partner it was merged into", () => {
    const v = validateTables([
      table("partners", ["id", "name", "kind", "website"], ["old-id", "Hogeschool Leiestadt", "academic", "https://leiestad.example.org"]),
      table("participations", ["partner", "project", "role"], ["old-id", "p1", "expert"]),
    ]);
    expect(v.problems).toEqual([]);
    const stored = nothingStored();
    stored.ids.projects.add("p1");
    stored.partners.push({ id: "kept", nameKey: "hogeschool leiestad", filled: ["id", "name", "kind", "nameKey"] });
    stored.aliases = new Map([["old-id", "kept"]]);
    const { plan, merges, aliases, problems } = planImport(v.rows, stored);
    expect(problems).toEqual([]);
    expect(merges).toEqual([{ entity: "partners", kept: "kept", merged: "old-id", reason: "merged earlier into kept: its id is an alias" }]);
    // The kept partner only gets what it lacks; the alias is recorded already, so none is written.
    expect(plan.partners.map((p) => [p.id, p.props])).toEqual([["kept", { website: "https://leiestad.example.org" }]]);
    expect(aliases).toEqual([]);
    expect(plan.participations.map((p) => [p.partner, p.project, p.props.role])).toEqual([["kept", "p1", "expert"]]);
  });

  it("records an id merged by name anew, over an alias of a partner no longer stored (journaled as known)", () => {
    const v = validateTables([table("partners", ["id", "name", "kind"], ["old-id", "Hogeschool Leiestad", "academic"], ["twin", "Hogeschool Leiestad vzw", "academic"])]);
    const stored = nothingStored();
    stored.partners.push({ id: "kept", nameKey: "hogeschool leiestad", filled: ["id", "name", "kind", "nameKey"] });
    // old-id was merged into a partner deleted since: its record points nowhere.
    stored.aliases = new Map([["old-id", "gone"]]);
    const { aliases } = planImport(v.rows, stored);
    expect(aliases).toEqual([
      { alias: "old-id", partner: "kept", reason: "same name after normalisation: hogeschool leiestad", known: true },
      { alias: "twin", partner: "kept", reason: "same name after normalisation: hogeschool leiestad", known: false },
    ]);
  });
});
