// An import's HTTP answer caps each list at the limit and keeps every list's total: the counts per
// entity stay whole, a list at the limit is not cut, and the summary (made from the whole report)
// names the full number of possible duplicates.
import { describe, expect, it } from "vitest";
import { ENTITY_NAMES } from "../../src/schemas/index.ts";
import { ImportReportOut } from "../../src/schemas/responses-analysis.ts";
import type { ImportReport } from "../../src/importer/import-report.ts";
import { noDeletions } from "../../src/importer/plan-sync.ts";
import { capReportLists } from "../../src/services/import-answer-lists.ts";
import { importAnswer } from "../../src/services/off-loop/import-answer.ts";

const side = (id: string, stored: boolean) => ({ id, name: id, stored });
const duplicate = (i: number) => ({ a: side(`s${i}`, true), b: side(`f${i}`, false), confidence: 0.9, signals: ["similar-name" as const], reasonNl: "bijna dezelfde naam", reasonEn: "nearly the same name" });

function report(duplicates: number, removedProjects = 0): ImportReport {
  const counts = Object.fromEntries(ENTITY_NAMES.map((e) => [e, { rows: 10, created: 10, updated: 0 }])) as ImportReport["counts"];
  return {
    dryRun: true, counts, merged: [], duplicates: Array.from({ length: duplicates }, (_, i) => duplicate(i)), warnings: [], seconds: 1.5,
    ...(removedProjects > 0
      ? {
          deleted: { ...noDeletions(), projects: Array.from({ length: removedProjects }, (_, i) => `p${i}`) },
          sync: { covered: ["projects"], notCovered: [], kept: [], withRemovedNodes: [], orphanedDecisions: [], removals: removedProjects, needsConfirmation: true },
        }
      : {}),
  };
}

describe("capReportLists", () => {
  it("lists the first items of each kind and counts them all", () => {
    const { report: r, lists } = capReportLists(report(1234, 450), 200);
    expect(r.duplicates).toHaveLength(200);
    expect(r.duplicates![0]!.a.id).toBe("s0");
    expect(r.deleted!.projects).toHaveLength(200);
    expect(r.sync!.removals).toBe(450);
    expect(r.counts).toEqual(report(0).counts);
    expect(lists).toEqual({ limit: 200, truncated: true, totals: expect.objectContaining({ duplicates: 1234, merged: 0, warnings: 0, "deleted.projects": 450, "deleted.themes": 0, "sync.kept": 0 }) });
  });

  it("keeps a list at the limit whole", () => {
    const { report: r, lists } = capReportLists(report(200), 200);
    expect(r.duplicates).toHaveLength(200);
    expect(lists.truncated).toBe(false);
    expect(lists.totals).toEqual({ merged: 0, duplicates: 200, warnings: 0 });
  });

  it("answers JSON the response schema accepts, its summary of the whole report", () => {
    const body = JSON.parse(new TextDecoder().decode(importAnswer(report(5000, 3)).body)) as Record<string, unknown>;
    const parsed = ImportReportOut.parse(body);
    expect(parsed.duplicates).toHaveLength(200);
    expect(parsed.lists.totals.duplicates).toBe(5000);
    expect(parsed.summary).toContain("5000 possible duplicate organisations");
  });
});
