// A sync that cannot surprise, against a real Neo4j: the shipped template filled as a new
// coordinator would (two networks, three partners, the other sheets left empty) on the fixtures
// with an analysis and two accepted suggestions. Empty sheets are not covered; a sync beyond the
// threshold is refused (nothing written) unless confirmed; accepted collaborations and their
// projects stay; decisions about removed projects are marked orphaned; the report never claims a
// row the same run removed.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { SyncUnconfirmedError } from "../../src/errors.ts";
import { decideSuggestion, findDecisions, getSuggestions, runAnalysis } from "../../src/services/analysis/index.ts";
import { importFiles, importPath, ImportValidationError } from "../../src/services/import-service.ts";
import { graphDump, JOURNAL_LABELS } from "../support/graph-dump.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;
const TEMPLATE = new URL("../../fixtures/template/diagonal-template.xlsx", import.meta.url).pathname;

/** The shipped template with two new networks and three partners; themes, outcomes and collaborations left empty. */
async function filledTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(TEMPLATE);
  const add = (sheet: string, rows: unknown[][]) => { for (const r of rows) wb.getWorksheet(sheet)!.addRow(r); };
  add("projects", [
    ["ln-circulair-bouwen", "Circulair bouwen", "Bouwbedrijven en architecten delen materialen en kennis.", "2026-01-01", "", "active", "Gent", ""],
    ["ln-zorg-talent", "Talent in de zorg", "Zorgorganisaties werken samen aan loopbaanbeleid.", "2026-02-01", "", "planned", "Brugge", ""],
  ]);
  add("partners", [
    ["bouwbedrijf-vermeulen", "Bouwbedrijf Vermeulen NV", "company", "bouw", "Gent", "medium", "", "", ""],
    ["architecten-de-smet", "Architecten De Smet", "company", "architectuur", "Gent", "small", "", "", ""],
    ["woonzorg-brugge", "Woonzorgcentrum Brugge vzw", "ngo", "zorg", "Brugge", "large", "", "", ""],
  ]);
  add("projectThemes", [
    ["ln-circulair-bouwen", "company-neighbourhood"], ["ln-circulair-bouwen", "learning-organisation"],
    ["ln-zorg-talent", "talent-development"], ["ln-zorg-talent", "learning-organisation"],
  ]);
  add("participations", [
    ["bouwbedrijf-vermeulen", "ln-circulair-bouwen", "promoter"], ["architecten-de-smet", "ln-circulair-bouwen", "partner"],
    ["woonzorg-brugge", "ln-zorg-talent", "promoter"],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("a sync that cannot surprise", () => {
  let t: TestDb;
  let db: Database;
  let accepted: { a: string; b: string }[];
  const dump = () => graphDump(t, [], JOURNAL_LABELS);
  const count = async (label: string) => t.count(label);

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
  });
  beforeEach(async () => {
    await t.clear();
    await importPath(db, FIXTURES);
    await runAnalysis(db, { seed: 7 });
    const [first, second] = await getSuggestions(db, { limit: 2 });
    await decideSuggestion(db, first!.id, "accept", "kick-off", "Ann");
    await decideSuggestion(db, second!.id, "accept", undefined, "Ann");
    accepted = [first!, second!].map((s) => ({ a: s.a, b: s.b }));
  }, 120_000);
  afterAll(async () => { await t.clear(); await t.close(); });

  it("the filled template: empty sheets are not covered, and the sync is refused without a confirmation, writing nothing", async () => {
    const file = [{ name: "filled.xlsx", data: await filledTemplate() }];
    const dry = await importFiles(db, file, { dryRun: true, sync: true });
    expect(dry.sync?.covered).toEqual(["projects", "partners", "projectThemes", "participations"]);
    expect(dry.sync?.notCovered.map((n) => [n.entity, n.reason])).toEqual([["themes", "no-rows"], ["outcomes", "no-rows"], ["collaborations", "no-rows"]]);
    expect(dry.deleted?.themes).toEqual([]);
    expect(dry.sync?.needsConfirmation).toBe(true);
    // The projects of the accepted collaborations are kept, and said so.
    const holding = [...new Set(accepted.flatMap((p) => [p.a, p.b]))].sort();
    expect(dry.sync?.kept.filter((k) => k.reason === "accepted").map((k) => k.id).sort()).toEqual(holding);
    expect(dry.sync?.kept[0]?.en).toBe("kept: holds an accepted collaboration");

    const before = await dump();
    const refused = await importFiles(db, file, { sync: true }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SyncUnconfirmedError);
    const message = (refused as Error).message;
    expect(message).toMatch(/of 14 projects \(\d+ %\)/);
    expect(message).toMatch(/of 86 partners/);
    expect(message).toContain(`It would remove ${dry.sync!.removals} rows in all, first: project `);
    expect((refused as SyncUnconfirmedError).details).toMatchObject({ removals: dry.sync!.removals });
    expect(await dump()).toEqual(before);
    // A wrong confirmation is refused too.
    await expect(importFiles(db, file, { sync: true, confirm: dry.sync!.removals - 1 })).rejects.toThrow(/does not match/);
    expect(await dump()).toEqual(before);
  });

  it("confirmed, it removes only covered entities, keeps accepted collaborations, and claims no removed row", async () => {
    const file = [{ name: "filled.xlsx", data: await filledTemplate() }];
    const dry = await importFiles(db, file, { dryRun: true, sync: true });
    const done = await importFiles(db, file, { sync: true, confirm: dry.sync!.removals });
    expect(done.deleted).toEqual(dry.deleted);
    expect(await count("Theme")).toBe(8);
    for (const { a, b } of accepted) {
      expect(await t.rows("MATCH (:Project {id: $a})-[r:COLLABORATES_WITH {source: 'suggestion'}]-(:Project {id: $b}) RETURN r.source AS s", { a, b })).toHaveLength(1);
    }
    const decisions = await findDecisions(db, { decision: "accepted" });
    expect(decisions.total).toBe(2);
    expect(decisions.items.every((d) => d.orphaned === undefined)).toBe(true);
    // Every row the report counts is in the graph.
    expect(done.counts.projectThemes.rows).toBe(4);
    expect((await t.rows("MATCH (p:Project)-[:ADDRESSES]->(:Theme) WHERE p.id IN ['ln-circulair-bouwen', 'ln-zorg-talent'] RETURN p.id AS p"))).toHaveLength(4);
    expect(await count("Project")).toBe(2 + done.sync!.kept.filter((k) => k.entity === "projects").length);
  });

  it("a sync narrowed to some entities leaves the others alone, and an unknown or empty one is named", async () => {
    const file = [{ name: "filled.xlsx", data: await filledTemplate() }];
    const dry = await importFiles(db, file, { dryRun: true, sync: ["partners"] });
    expect(dry.sync?.covered).toEqual(["partners"]);
    expect(dry.deleted?.projects).toEqual([]);
    expect(dry.deleted?.partners.length).toBeGreaterThan(0);
    const empty = await importFiles(db, file, { dryRun: true, sync: ["themes"] }).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(ImportValidationError);
    expect((empty as ImportValidationError).problems[0]?.expected).toBe("expected rows of themes to sync with, since --sync names it");
  });

  it("orphans, never silently keeps, the decisions about a removed project", async () => {
    const holding = new Set(accepted.flatMap((p) => [p.a, p.b]));
    const third = (await getSuggestions(db, { limit: 50 })).slice(2).find((s) => !holding.has(s.a))!;
    await decideSuggestion(db, third.id, "reject", "niet nu", "Bob");
    const projects = (await t.rows<{ id: string }>("MATCH (p:Project) RETURN p.id AS id ORDER BY id")).map((r) => r.id);
    const removed = third.a;
    const csv = `id,name,start\n${projects.filter((id) => id !== removed).map((id) => `${id},${id},2010`).join("\n")}\n`;
    const done = await importFiles(db, [{ name: "projects.csv", data: Buffer.from(csv) }], { sync: true, yes: true });
    expect(done.deleted?.projects).toEqual([removed]);
    expect(done.sync?.orphanedDecisions.map((d) => d.pairKey)).toContain((await findDecisions(db, { decision: "rejected" })).items[0]!.pairKey);
    const [d] = (await findDecisions(db, { decision: "rejected" })).items;
    expect(d!.orphaned).toMatchObject({ reason: "project removed by an import sync", importJob: done.job });
  });

  it("a sync within the threshold needs no confirmation; a stored theme the file's rows refer to is kept, not claimed and removed", async () => {
    // 1 of 14 projects (7 %) is within 10 %.
    const projects = (await t.rows<{ id: string }>("MATCH (p:Project) WHERE NOT EXISTS { (p)-[:COLLABORATES_WITH {source: 'suggestion'}]-() } RETURN p.id AS id ORDER BY COUNT { (p)--() }, id")).map((r) => r.id);
    const all = (await t.rows<{ id: string }>("MATCH (p:Project) RETURN p.id AS id ORDER BY id")).map((r) => r.id);
    const gone = projects[0]!;
    const files = [
      { name: "projects.csv", data: Buffer.from(`id,name,start\n${all.filter((id) => id !== gone).map((id) => `${id},${id},2010`).join("\n")}\n`) },
      // The themes sheet lists one theme only, but a project-theme row refers to another stored one.
      { name: "themes.csv", data: Buffer.from("id,nameNl,nameEn\ntalent-development,Talentontwikkeling,Talent development\n") },
      { name: "projectThemes.csv", data: Buffer.from(`project,theme\n${all[1]},learning-organisation\n`) },
    ];
    const dry = await importFiles(db, files, { dryRun: true, sync: ["projects"] });
    expect(dry.sync?.needsConfirmation).toBe(false);
    const done = await importFiles(db, files, { sync: ["projects"] });
    expect(done.deleted?.projects).toEqual([gone]);

    const withThemes = await importFiles(db, files, { dryRun: true, sync: ["themes"] });
    expect(withThemes.sync?.kept).toContainEqual(expect.objectContaining({ entity: "themes", id: "learning-organisation", reason: "referenced" }));
    expect(withThemes.deleted?.themes).not.toContain("learning-organisation");
  });

  it("a header-only CSV covers nothing: no theme is removed", async () => {
    const done = await importFiles(db, [
      { name: "themes.csv", data: Buffer.from("id,nameNl,nameEn\n") },
      { name: "partners.csv", data: Buffer.from("id,name,kind\nnieuw-partner,Nieuwe Partner,company\n") },
    ], { sync: true, dryRun: true });
    expect(done.sync?.notCovered).toContainEqual(expect.objectContaining({ entity: "themes", reason: "no-rows" }));
    expect(done.deleted?.themes).toEqual([]);
  });
});
