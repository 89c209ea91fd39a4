// The pure parts of a safe sync: which entities a sync covers (a sheet with no data rows is not
// covered; a `--sync` list narrows it and names an unknown or empty entity), and the threshold
// that refuses a large removal unless confirmed with --yes or the dry run's exact removal count.
import { describe, expect, it } from "vitest";
import { parseInput, SyncUnconfirmedError, ValidationError } from "../../src/errors.ts";
import { noDeletions } from "../../src/importer/plan-sync.ts";
import type { RawTable } from "../../src/importer/raw-table.ts";
import { guardSync } from "../../src/importer/sync-guard.ts";
import type { SyncPlan } from "../../src/importer/sync-removals.ts";
import { syncCoverage } from "../../src/importer/sync-scope.ts";
import { ENTITY_NAMES, keepImportsSchema, syncMaxRemoveSchema, syncScopeSchema } from "../../src/schemas/index.ts";
import { keptImports, syncMaxRemovePercent } from "../../src/services/import-settings.ts";

const table = (name: string, rows: number): RawTable => ({ file: "filled.xlsx", sheet: name, format: "xlsx", name, columns: ["id"], rows: Array.from({ length: rows }, (_, i) => ({ row: i + 2, cells: [`x${i}`] })) });

describe("sync coverage", () => {
  it("does not cover a sheet with no data rows, and says why", () => {
    const { coverage, problems } = syncCoverage([table("themes", 0), table("projects", 2), table("partners", 3)], true);
    expect(problems).toEqual([]);
    expect(coverage.covered).toEqual(["projects", "partners"]);
    expect(coverage.notCovered.find((n) => n.entity === "themes")).toMatchObject({ reason: "no-rows", en: "not synced: its sheet or file has no data rows" });
  });

  it("narrows to a --sync list, and names a listed entity with no rows", () => {
    expect(syncCoverage([table("projects", 2), table("partners", 3)], ["partners"]).coverage.covered).toEqual(["partners"]);
    const { problems } = syncCoverage([table("themes", 0), table("projects", 2)], ["themes", "projects"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: "themes", column: "--sync", value: "themes", expected: "expected rows of themes to sync with, since --sync names it" });
  });

  it("--sync and sync= are validated, naming an unknown entity", () => {
    expect(syncScopeSchema.parse("projects, partners")).toEqual(["projects", "partners"]);
    expect(syncScopeSchema.parse("true")).toBe(true);
    expect(syncScopeSchema.parse(true)).toBe(true);
    expect(() => parseInput(syncScopeSchema, "projects,netwerken", "flag")).toThrow(/unknown entity "netwerken"; expected true, false or a comma-separated list of: themes, projects/);
  });

  it("the threshold and the number of undoable imports are settings, validated", () => {
    expect(syncMaxRemovePercent({})).toBe(10);
    expect(syncMaxRemovePercent({ DIAGONAL_SYNC_MAX_REMOVE: "25" })).toBe(25);
    expect(() => syncMaxRemovePercent({ DIAGONAL_SYNC_MAX_REMOVE: "veel" })).toThrow(/DIAGONAL_SYNC_MAX_REMOVE: expected a percentage from 0 to 100/);
    expect(keptImports({})).toBe(10);
    expect(() => keptImports({ DIAGONAL_KEEP_IMPORTS: "0" })).toThrow(ValidationError);
    expect(syncMaxRemoveSchema.safeParse("101").success).toBe(false);
    expect(keepImportsSchema.parse("3")).toBe(3);
  });
});

describe("sync guard", () => {
  const plan = (projects: string[], stored = 20): SyncPlan => {
    const deletions = { ...noDeletions(), projects };
    return {
      coverage: { covered: ["projects"], notCovered: [] }, deletions, kept: [], withRemovedNodes: [{ type: "PARTICIPATES_IN", from: "a1", to: projects[0] ?? "" }],
      orphanedDecisions: [], removals: projects.length + 1, stored: Object.fromEntries(ENTITY_NAMES.map((e) => [e, e === "projects" ? stored : 100])) as SyncPlan["stored"],
    };
  };

  it("lets a removal within the threshold through", () => {
    expect(() => guardSync(plan(["p1", "p2"]), { maxRemovePercent: 10 })).not.toThrow();
  });

  it("refuses one beyond it with the counts and the first rows, unless --yes or confirm equals the removal count", () => {
    const p = plan(["p1", "p2", "p3"]);
    expect(() => guardSync(p, { maxRemovePercent: 10 })).toThrow(SyncUnconfirmedError);
    expect(() => guardSync(p, { maxRemovePercent: 10 })).toThrow("it would remove 3 of 20 projects (15 %), more than 10 % of what is stored. It would remove 4 rows in all, first: project p1, project p2, project p3");
    expect(() => guardSync(p, { maxRemovePercent: 10, confirm: 3 })).toThrow(/confirm=3 does not match/);
    expect(() => guardSync(p, { maxRemovePercent: 10, confirm: 4 })).not.toThrow();
    expect(() => guardSync(p, { maxRemovePercent: 10, yes: true })).not.toThrow();
    expect(() => guardSync(p, { maxRemovePercent: 20 })).not.toThrow();
  });

  it("asks for a confirmation before orphaning an accepted decision, whatever the share", () => {
    const p = { ...plan(["p1"], 1000), orphanedDecisions: [{ pairKey: "p1|p2", a: "p1", b: "p2", decision: "accepted" }] };
    expect(() => guardSync(p, { maxRemovePercent: 10 })).toThrow(/1 accepted decision would be orphaned \(p1\|p2\)/);
  });
});
