// Every import can be undone, against a real Neo4j: a plain import, a sync (which removed nodes,
// their relationships, and marked decisions orphaned) and a staged import each leave, once undone,
// a graph whose full dump (every node and relationship with its properties) equals the one before
// them. Only the newest import in effect can be undone, an undo cannot be undone, old journals are
// pruned, and the imports are listed with who made them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { decideSuggestion, getSuggestions, runAnalysis } from "../../src/services/analysis/index.ts";
import { listImportJobs, pruneImportJournals, undoImportJob } from "../../src/services/import-jobs.ts";
import { importDataset, importFiles, importPath } from "../../src/services/import-service.ts";
import { graphDump, JOURNAL_LABELS } from "../support/graph-dump.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;
const csv = (files: Record<string, string>) => Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text, "utf8") }));

describe("undoing imports", () => {
  let t: TestDb;
  let db: Database;
  const dump = () => graphDump(t, [], JOURNAL_LABELS);
  const counts = async () => t.rows("MATCH (n) WHERE NOT n:ImportJob AND NOT n:ImportUndo AND NOT n:DiagonalTestMarker AND NOT n:DataVersion RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label");

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
  });
  beforeEach(async () => {
    await t.clear();
    await importPath(db, FIXTURES, { by: "setup" });
  });
  afterAll(async () => { await t.clear(); await t.close(); });

  it("undoes a plain import that created and changed rows: the graph as before", async () => {
    const before = await dump();
    const beforeCounts = await counts();
    const r = await importFiles(db, csv({
      "projects.csv": "id,name,start,status\nln-talent-kmo,Talent in kmo's (hernoemd),2009-01-15,active\nln-nieuw,Nieuw netwerk,2026-01-01,planned\n",
      "partners.csv": "id,name,kind\nnieuwe-partner,Nieuwe Partner bv,company\n",
      "participations.csv": "partner,project,role\nnieuwe-partner,ln-nieuw,promoter\nnieuwe-partner,ln-talent-kmo,expert\n",
      "projectThemes.csv": "project,theme\nln-talent-kmo,transparency\n",
    }), { by: "Ann" });
    expect(r.job).toMatch(/^import-/);
    expect(await dump()).not.toEqual(before);

    const dry = await undoImportJob(db, r.job!, { dryRun: true, by: "Ann" });
    expect(dry.steps).toContainEqual(expect.objectContaining({ action: "remove", what: "projects it created", rows: 1, first: ["ln-nieuw"] }));
    expect(dry.steps).toContainEqual(expect.objectContaining({ action: "restore", what: "projects as they were", first: ["ln-talent-kmo"] }));
    expect(await dump()).not.toEqual(before);

    await undoImportJob(db, r.job!, { by: "Ann" });
    expect(await counts()).toEqual(beforeCounts);
    expect(await dump()).toEqual(before);
    // An undo cannot be undone.
    await expect(undoImportJob(db, r.job!, { by: "Ann" })).rejects.toThrow(/was already undone at .* by Ann; an undo cannot be undone/);
  });

  it("undoes a sync that removed most of the graph, with its relationships and orphaned decisions", async () => {
    await runAnalysis(db, { seed: 7 });
    const [s1, s2, s3] = await getSuggestions(db, { limit: 3 });
    await decideSuggestion(db, s1!.id, "accept", "ja", "Ann");
    await decideSuggestion(db, s2!.id, "reject", "nee", "Ann");
    await decideSuggestion(db, s3!.id, "accept", undefined, "Ann");
    const before = await dump();
    const beforeCounts = await counts();
    const r = await importFiles(db, csv({
      "projects.csv": "id,name,start\nln-nieuw,Nieuw netwerk,2026-01-01\n",
      "partners.csv": "id,name,kind\nnieuwe-partner,Nieuwe Partner bv,company\n",
      "themes.csv": "id,nameNl,nameEn\ntalent-development,Talent,Talent\n",
    }), { sync: true, yes: true, by: "Ann" });
    expect(r.deleted!.projects.length).toBeGreaterThan(5);
    expect(r.sync!.withRemovedNodes.length).toBeGreaterThan(50);
    expect(await t.rows("MATCH (d:Decision {orphaned: true}) RETURN d.pairKey AS k")).not.toEqual([]);

    await undoImportJob(db, r.job!, { by: "Ann" });
    expect(await counts()).toEqual(beforeCounts);
    expect(await dump()).toEqual(before);
  }, 180_000);

  it("undoes a staged import", async () => {
    const before = await dump();
    const r = await importDataset(db, {
      projects: [{ id: "ln-staged", name: "Gestaged netwerk", start: "2026-01-01" } as never],
      partners: [{ id: "kringloop-antwerpen", name: "vzw Kringloopcentrum Antwerpen (nieuw)", kind: "social-economy" } as never],
      participations: [{ partner: "kringloop-antwerpen", project: "ln-staged", role: "promoter" } as never],
    }, { stagedAbove: 0, by: "Ann" });
    expect((await listImportJobs(db))[0]).toMatchObject({ id: r.job, mode: "staged", status: "committed", by: "Ann" });
    await undoImportJob(db, r.job!, { by: "Ann" });
    expect(await dump()).toEqual(before);
  });

  it("only the newest import can be undone; older journals are pruned; imports are listed with who made them", async () => {
    const first = await importFiles(db, csv({ "themes.csv": "id,nameNl,nameEn\nnieuw-a,A,A\n" }), { by: "Ann" });
    const second = await importFiles(db, csv({ "themes.csv": "id,nameNl,nameEn\nnieuw-b,B,B\n" }), { by: "cli:bob" });
    await expect(undoImportJob(db, first.job!, { by: "Ann" })).rejects.toThrow(`was followed by 1 other import (${second.job})`);
    const jobs = await listImportJobs(db);
    expect(jobs.slice(0, 2).map((j) => [j.id, j.by, j.status])).toEqual([[second.job, "cli:bob", "committed"], [first.job, "Ann", "committed"]]);
    expect(jobs[0]!.summary).toMatch(/^imported: 1 theme \(1 new, 0 updated\)/);
    // Newest first, down to it.
    await undoImportJob(db, second.job!, { by: "Ann" });
    await undoImportJob(db, first.job!, { by: "Ann" });
    expect(await t.count("Theme")).toBe(8);

    const third = await importFiles(db, csv({ "themes.csv": "id,nameNl,nameEn\nnieuw-c,C,C\n" }), { by: "Ann" });
    const fourth = await importFiles(db, csv({ "themes.csv": "id,nameNl,nameEn\nnieuw-d,D,D\n" }), { by: "Ann" });
    expect(await pruneImportJournals(db, 1)).toContain(third.job);
    expect(await t.rows("MATCH (u:ImportUndo {importJob: $id}) RETURN u", { id: third.job })).toEqual([]);
    await undoImportJob(db, fourth.job!, { by: "Ann" });
    await expect(undoImportJob(db, third.job!, { by: "Ann" })).rejects.toThrow(/can no longer be undone: only the newest/);
    await expect(undoImportJob(db, "import-nope", { by: "Ann" })).rejects.toThrow(/not found/);
    await expect(undoImportJob(db, "drop table", { by: "Ann" })).rejects.toThrow(/expected an import job id/);
  });
});
