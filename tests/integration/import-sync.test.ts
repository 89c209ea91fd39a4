// Imports that do what a spreadsheet user means, against a real Neo4j: a file's references to a
// partner merged into a stored one follow the merge; --sync removes exactly the rows the file no
// longer lists (a dry run lists them and writes nothing), atomically, and never decisions, tokens,
// runs or collaborations made by accepted suggestions.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { importFiles, ImportValidationError } from "../../src/services/import-service.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const csv = (files: Record<string, string>) => Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text, "utf8") }));

const FIRST = {
  "themes.csv": "id,nameNl,nameEn\nt1,Een,One\nt2,Twee,Two\n",
  "projects.csv": "id,name,start,status\np1,Netwerk Een,2010,active\np2,Netwerk Twee,2011-03,active\np3,Netwerk Drie,2012-01-01,active\n",
  "partners.csv": "id,name,kind\na1,De Kringwinkel vzw,social-economy\nb1,Umicore NV,company\n",
  "projectThemes.csv": "project,theme\np1,t1\np2,t2\np3,t1\n",
  "participations.csv": "partner,project,role\na1,p1,promoter\nb1,p2,partner\na1,p3,partner\n",
  "collaborations.csv": "from,to,source\np1,p2,meeting\np2,p3,meeting\n",
  "outcomes.csv": "id,project,title\no1,p1,Rapport\no3,p3,Gids\n",
};

describe("import: merges and sync", () => {
  let t: TestDb;
  let db: Database;
  const snapshot = async () => ({
    nodes: await t.rows("MATCH (n) WHERE NOT n:ImportJob AND NOT n:ImportUndo RETURN labels(n)[0] AS label, n.id AS id ORDER BY label, id"),
    rels: await t.rows("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b ORDER BY a, type, b"),
  });

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
  });
  beforeEach(async () => { await t.clear(); });
  afterAll(async () => { await t.clear(); await t.close(); });

  it("follows a merge into a stored partner in the file's own participation rows", async () => {
    await importFiles(db, csv(FIRST));
    // A second copy under other partner ids: same organisations by name, nothing new to add to them.
    const report = await importFiles(db, csv({
      "partners.csv": "id,name,kind\nx-a1,DE KRINGWINKEL V.Z.W.,social-economy\nx-b1,Umicore nv,company\n",
      "participations.csv": "partner,project,role\nx-a1,p2,expert\nx-b1,p3,observer\n",
    }));
    expect(report.merged.map((m) => [m.kept, m.merged])).toEqual([["a1", "x-a1"], ["b1", "x-b1"]]);
    expect(await t.rows("MATCH (a:Partner)-[r:PARTICIPATES_IN]->(p:Project) RETURN a.id AS a, p.id AS p, r.role AS role ORDER BY a, p")).toEqual([
      { a: "a1", p: "p1", role: "promoter" }, { a: "a1", p: "p2", role: "expert" }, { a: "a1", p: "p3", role: "partner" },
      { a: "b1", p: "p2", role: "partner" }, { a: "b1", p: "p3", role: "observer" },
    ]);
    expect(await t.count("Partner")).toBe(2);
  });

  it("stores a year or month with its precision and no invented day", async () => {
    await importFiles(db, csv(FIRST));
    expect(await t.rows("MATCH (p:Project) RETURN p.id AS id, toString(p.start) AS start, p.startPrecision AS precision ORDER BY id")).toEqual([
      { id: "p1", start: "2010-01-01", precision: "year" },
      { id: "p2", start: "2011-03-01", precision: "month" },
      { id: "p3", start: "2012-01-01", precision: null },
    ]);
  });

  it("sync: a dry run lists exactly what would be removed and writes nothing; the import removes exactly that", async () => {
    await importFiles(db, csv(FIRST));
    // What a decision and the analysis keep: never removed by a sync.
    await t.rows(`
      MATCH (p1:Project {id: 'p1'}), (p2:Project {id: 'p2'})
      CREATE (p1)-[:COLLABORATES_WITH {source: 'suggestion'}]->(p2)
      CREATE (:Decision {pairKey: 'p1|p2', a: 'p1', b: 'p2', decision: 'accepted'})
      CREATE (:ApiToken {id: 'tok1', name: 'x', role: 'admin', hash: 'h'})
      CREATE (:AnalysisRun {id: 'run1', status: 'complete'})`);
    const before = await snapshot();
    // The spreadsheet lost project p3 (and its rows), theme t2's link to p2, and one collaboration.
    const next = {
      "projects.csv": "id,name,start\np1,Netwerk Een,2010\np2,Netwerk Twee,2011-03\n",
      "projectThemes.csv": "project,theme\np1,t1\n",
      "participations.csv": "partner,project,role\na1,p1,promoter\nb1,p2,partner\n",
      "collaborations.csv": "from,to\np2,p1\n",
    };
    const dry = await importFiles(db, csv(next), { dryRun: true, sync: true });
    expect(dry.deleted).toEqual({
      themes: [], partners: [],
      projects: ["p3"],
      outcomes: ["o3"],
      projectThemes: [{ project: "p2", theme: "t2" }],
      participations: [],
      collaborations: [],
    });
    // Every relationship that goes with a removed node is listed too.
    expect(dry.sync?.withRemovedNodes).toEqual([
      { type: "ADDRESSES", from: "p3", to: "t1" },
      { type: "COLLABORATES_WITH", from: "p2", to: "p3" },
      { type: "PARTICIPATES_IN", from: "a1", to: "p3" },
      { type: "PRODUCED", from: "p3", to: "o3" },
    ]);
    expect(dry.sync?.removals).toBe(7);
    expect(await snapshot()).toEqual(before);

    const done = await importFiles(db, csv(next), { sync: true, yes: true });
    expect(done.deleted).toEqual(dry.deleted);
    const after = await snapshot();
    expect(after.nodes.filter((n) => ["p3", "o3"].includes(n.id as string))).toEqual([]);
    expect(after.nodes.map((n) => n.label)).toEqual(expect.arrayContaining(["Decision", "ApiToken", "AnalysisRun"]));
    expect(after.rels.filter((r) => r.type !== "HAS_EVENT").map((r) => `${r.a} ${r.type} ${r.b}`)).toEqual([
      "a1 PARTICIPATES_IN p1",
      "b1 PARTICIPATES_IN p2",
      "p1 ADDRESSES t1",
      "p1 COLLABORATES_WITH p2",
      "p1 COLLABORATES_WITH p2",
      "p1 PRODUCED o1",
    ]);
  });

  it("sync removes a collaboration the file dropped, but never one an accepted suggestion made", async () => {
    await importFiles(db, csv(FIRST));
    await t.rows("MATCH (p1:Project {id: 'p1'}), (p3:Project {id: 'p3'}) CREATE (p1)-[:COLLABORATES_WITH {source: 'suggestion'}]->(p3)");
    const report = await importFiles(db, csv({ "collaborations.csv": "from,to\np1,p2\n" }), { sync: true, yes: true });
    expect(report.deleted?.collaborations).toEqual([{ from: "p2", to: "p3" }]);
    expect(await t.rows("MATCH (a)-[r:COLLABORATES_WITH]->(b) RETURN a.id AS a, b.id AS b, r.source AS source ORDER BY a, b")).toEqual([
      { a: "p1", b: "p2", source: "meeting" },
      { a: "p1", b: "p3", source: "suggestion" },
    ]);
  });

  it("sync is all or nothing: a file with a problem removes nothing", async () => {
    await importFiles(db, csv(FIRST));
    const before = await snapshot();
    await expect(importFiles(db, csv({ "projects.csv": "id,name,start\np1,Netwerk Een,not a date\n" }), { sync: true })).rejects.toBeInstanceOf(ImportValidationError);
    expect(await snapshot()).toEqual(before);
  });
});
