// The importer against a real Neo4j: what lands in the graph, idempotence, all-or-nothing
// writes, partner de-duplication against stored data, dry runs.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { importDataset, importFiles, importPath, ImportValidationError } from "../../src/services/import-service.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const FILES: Record<string, string> = {
  "themes.csv": "id,nameNl,nameEn\ntransparency,Transparantie,Transparency\ntalent,Talentontwikkeling,Talent development\n",
  "projects.csv": "id,name,start,end,status,region\np1,Netwerk Een,2010-01-01,2012-12-31,completed,Gent\np2,Netwerk Twee,2011-03-01,,active,Antwerpen\np3,Netwerk Drie,2020-05-01,,,Limburg\n",
  "partners.csv":
    "id;name;kind;enterprise_number;activeIn\n" +
    "a1;vzw De Kringwinkel;social-economy;0123.456.749;north\n" +
    "a2;De Kringwinkel VZW;social-economy;;\n" +
    "b1;Umicore NV;company;BE 0401.574.852;\n" +
    "b2;Umicore;company;0401574852;\n" +
    "c1;Zuidwerk;ngo;;south\n",
  "project-themes.csv": "project,theme,weight\np1,transparency,0.7\np2,talent,\np3,talent,0.4\n",
  "participations.csv": "partner,project,role\na1,p1,promoter\na2,p1,partner\nb1,p2,partner\nb2,p2,expert\nc1,p3,\na2,p3,observer\n",
  "collaborations.csv": "from,to,since,source\np1,p2,2012-01-01,network meeting\n",
  "outcomes.csv": "id,project,title,kind,date,themes\no1,p1,Rapport transparantie,report,2012-06-30,transparency;talent\n",
};

async function folder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "diagonal-import-"));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

describe("import into Neo4j", () => {
  let t: TestDb;
  let db: Database;
  const dirs: string[] = [];
  const dir = async (files: Record<string, string | Buffer>) => { const d = await folder(files); dirs.push(d); return d; };

  // The graph without the import journal (each import adds its own job, so it can be undone).
  const graph = async () => ({
    nodes: await t.rows<{ label: string; props: Record<string, unknown> }>("MATCH (n) WHERE NOT n:DiagonalTestMarker AND NOT n:DataVersion AND NOT n:ImportJob AND NOT n:ImportUndo RETURN labels(n)[0] AS label, properties(n) AS props ORDER BY label, n.id"),
    rels: await t.rows<{ a: string; type: string; b: string; props: Record<string, unknown> }>(
      "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props ORDER BY a, type, b",
    ),
  });
  const totals = async () => (await t.rows<{ n: number; r: number }>("MATCH (n) WHERE NOT n:DiagonalTestMarker AND NOT n:DataVersion AND NOT n:ImportJob AND NOT n:ImportUndo OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r"))[0];

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
  });
  beforeEach(async () => { await t.clear(); });
  afterAll(async () => {
    await t.clear();
    await t.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it("imports a folder of CSV files: nodes, merged partners and relationships as given", async () => {
    const report = await importPath(db, await dir(FILES));
    expect(await t.rows("MATCH (p:Project) RETURN p.id AS id, p.name AS name, p.status AS status, p.start AS start ORDER BY id")).toEqual([
      { id: "p1", name: "Netwerk Een", status: "completed", start: "2010-01-01" },
      { id: "p2", name: "Netwerk Twee", status: "active", start: "2011-03-01" },
      { id: "p3", name: "Netwerk Drie", status: "active", start: "2020-05-01" },
    ]);
    expect(await t.rows("MATCH (p:Partner) RETURN p.id AS id, p.name AS name, p.nameKey AS key, p.enterpriseNumber AS kbo ORDER BY id")).toEqual([
      { id: "a1", name: "vzw De Kringwinkel", key: "de kringwinkel", kbo: "BE0123456749" },
      { id: "b1", name: "Umicore NV", key: "umicore", kbo: "BE0401574852" },
      { id: "c1", name: "Zuidwerk", key: "zuidwerk", kbo: null },
    ]);
    const { rels } = await graph();
    expect(rels.map((r) => [r.a, r.type, r.b, r.props])).toEqual([
      ["a1", "PARTICIPATES_IN", "p1", { role: "promoter", addedAt: expect.any(String) }],
      ["a1", "PARTICIPATES_IN", "p3", { role: "observer", addedAt: expect.any(String) }],
      ["b1", "PARTICIPATES_IN", "p2", { role: "partner", addedAt: expect.any(String) }],
      ["c1", "PARTICIPATES_IN", "p3", { role: "partner", addedAt: expect.any(String) }],
      ["o1", "ABOUT", "talent", {}],
      ["o1", "ABOUT", "transparency", {}],
      ["p1", "ADDRESSES", "transparency", { weight: 0.7 }],
      ["p1", "COLLABORATES_WITH", "p2", { since: "2012-01-01", source: "network meeting", addedAt: expect.any(String) }],
      ["p1", "PRODUCED", "o1", {}],
      ["p2", "ADDRESSES", "talent", { weight: 1 }],
      ["p3", "ADDRESSES", "talent", { weight: 0.4 }],
    ]);
    expect(report.merged).toEqual([
      { entity: "partners", kept: "a1", merged: "a2", reason: "same name after normalisation: de kringwinkel" },
      { entity: "partners", kept: "b1", merged: "b2", reason: "same KBO number BE0401574852" },
    ]);
    expect(report.counts.projects).toEqual({ rows: 3, created: 3, updated: 0 });
    expect(report.counts.partners).toEqual({ rows: 5, created: 3, updated: 0 });
    expect(report.counts.participations).toEqual({ rows: 6, created: 4, updated: 0 });
    expect(report.dryRun).toBe(false);
  });

  it("stores dates as Neo4j dates", async () => {
    await importPath(db, await dir(FILES));
    expect(await t.rows("MATCH (p:Project {id: 'p1'}) RETURN p.start IS :: DATE AS isDate, p.end.year AS endYear")).toEqual([{ isDate: true, endYear: 2012 }]);
  });

  it("is idempotent: importing twice gives the same graph, reported as updates", async () => {
    const path = await dir(FILES);
    await importPath(db, path);
    const first = await graph();
    const again = await importPath(db, path);
    expect(await graph()).toEqual(first);
    expect(again.counts.projects).toEqual({ rows: 3, created: 0, updated: 3 });
    expect(again.counts.collaborations).toEqual({ rows: 1, created: 0, updated: 1 });
    expect(again.merged.map((m) => [m.kept, m.merged])).toEqual([["a1", "a2"], ["b1", "b2"]]);
  });

  it("treats a collaboration given in the other direction as the same one", async () => {
    await importPath(db, await dir(FILES));
    await importPath(db, await dir({ "collaborations.csv": "from,to,source\np2,p1,follow-up\n" }));
    expect(await t.rows("MATCH (a)-[r:COLLABORATES_WITH]->(b) RETURN a.id AS a, b.id AS b, r.source AS source, toString(r.since) AS since")).toEqual([
      { a: "p1", b: "p2", source: "follow-up", since: "2012-01-01" },
    ]);
  });

  it("replaces an outcome's project and themes on re-import, leaving no stale relationships", async () => {
    await importPath(db, await dir(FILES));
    await importPath(db, await dir({ "outcomes.csv": "id,project,title,themes\no1,p2,Rapport transparantie,talent\n" }));
    expect(await t.rows("MATCH (o:Outcome {id: 'o1'})-[r]-(x) RETURN type(r) AS type, x.id AS id ORDER BY type, id")).toEqual([
      { type: "ABOUT", id: "talent" },
      { type: "PRODUCED", id: "p2" },
    ]);
  });

  it("leaves properties alone whose column is absent, and clears those given as empty cells", async () => {
    await importPath(db, await dir(FILES));
    await importPath(db, await dir({ "projects.csv": "id,name,start,end\np1,Netwerk Een (nieuw),2010-01-01,\n" }));
    expect(await t.rows("MATCH (p:Project {id: 'p1'}) RETURN p.name AS name, p.region AS region, p.end AS end")).toEqual([
      { name: "Netwerk Een (nieuw)", region: "Gent", end: null },
    ]);
  });

  it("accepts references to data already stored (a participations-only file)", async () => {
    await importPath(db, await dir(FILES));
    const report = await importPath(db, await dir({ "participations.csv": "partner,project,role\nc1,p1,expert\n" }));
    expect(report.counts.participations).toEqual({ rows: 1, created: 1, updated: 0 });
    expect(await t.rows("MATCH (:Partner {id: 'c1'})-[r:PARTICIPATES_IN]->(p:Project) RETURN p.id AS p, r.role AS role ORDER BY p")).toEqual([
      { p: "p1", role: "expert" },
      { p: "p3", role: "partner" },
    ]);
  });

  it("merges an imported partner into a stored one (same KBO number or name key), rewriting participations", async () => {
    await importPath(db, await dir(FILES));
    const report = await importPath(db, await dir({
      "partners.csv": "id,name,kind,enterpriseNumber,sector\nx1,DE KRINGWINKEL V.Z.W.,social-economy,,retail\nx2,Umicore Group,company,BE0401.574.852,mining\nx3,Nieuw Bedrijf,sme,,\n",
      "participations.csv": "partner,project\nx1,p2\nx2,p3\nx3,p3\n",
    }));
    expect(report.merged).toEqual([
      { entity: "partners", kept: "a1", merged: "x1", reason: "same name after normalisation: de kringwinkel" },
      { entity: "partners", kept: "b1", merged: "x2", reason: "same KBO number BE0401574852" },
    ]);
    expect(report.counts.partners).toEqual({ rows: 3, created: 1, updated: 2 });
    expect(await t.rows("MATCH (p:Partner) RETURN p.id AS id, p.name AS name, p.sector AS sector ORDER BY id")).toEqual([
      { id: "a1", name: "vzw De Kringwinkel", sector: "retail" },
      { id: "b1", name: "Umicore NV", sector: "mining" },
      { id: "c1", name: "Zuidwerk", sector: null },
      { id: "x3", name: "Nieuw Bedrijf", sector: null },
    ]);
    expect(await t.rows("MATCH (a:Partner)-[:PARTICIPATES_IN]->(p:Project) WHERE a.id IN ['a1','b1','x3'] RETURN a.id AS a, p.id AS p ORDER BY a, p")).toEqual([
      { a: "a1", p: "p1" }, { a: "a1", p: "p2" }, { a: "a1", p: "p3" }, { a: "b1", p: "p2" }, { a: "b1", p: "p3" }, { a: "x3", p: "p3" },
    ]);
  });

  it("dry run validates and reports the same counts but writes nothing", async () => {
    const path = await dir(FILES);
    const dry = await importPath(db, path, { dryRun: true });
    expect(await totals()).toEqual({ n: 0, r: 0 });
    const real = await importPath(db, path);
    expect(dry.dryRun).toBe(true);
    expect(dry.counts).toEqual(real.counts);
    expect(dry.merged).toEqual(real.merged);
  });

  it("reads an XLSX workbook with one sheet per entity, and a JSON dataset", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("README").addRow(["explanation"]);
    const th = wb.addWorksheet("themes");
    th.addRows([["id", "name_nl", "name_en"], ["talent", "Talentontwikkeling", "Talent development"]]);
    const pr = wb.addWorksheet("projects");
    pr.addRows([["id", "name", "start"], ["p1", "Netwerk Een", new Date(Date.UTC(2019, 8, 1))]]);
    const pt = wb.addWorksheet("project_themes");
    pt.addRows([["project", "theme", "weight"], ["p1", "talent", 0.5]]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const json = Buffer.from(JSON.stringify({ partners: [{ id: "a1", name: "Zuidwerk", kind: "ngo" }], participations: [{ partner: "a1", project: "p1" }] }));
    const report = await importFiles(db, [{ name: "network.xlsx", data: xlsx }, { name: "more.json", data: json }]);
    expect(report.counts.projectThemes.created).toBe(1);
    expect(await t.rows("MATCH (a:Partner)-[:PARTICIPATES_IN]->(p:Project)-[r:ADDRESSES]->(t:Theme) RETURN a.id AS a, p.id AS p, toString(p.start) AS start, r.weight AS w, t.nameEn AS theme")).toEqual([
      { a: "a1", p: "p1", start: "2019-09-01", w: 0.5, theme: "Talent development" },
    ]);
  });

  it("imports an in-memory dataset with the same checks", async () => {
    const report = await importDataset(db, {
      themes: [{ id: "t1", nameNl: "A", nameEn: "A" }],
      projects: [{ id: "p1", name: "Een", start: "2020-01-01", status: "active" }],
      projectThemes: [{ project: "p1", theme: "t1", weight: 1 }],
    });
    expect(report.counts.projects.created).toBe(1);
    await expect(importDataset(db, { projectThemes: [{ project: "p1", theme: "t2", weight: 1 }] })).rejects.toThrow(/unknown theme/);
  });

  it("writes nothing when the database refuses the last batch (one transaction)", async () => {
    await importPath(db, await dir(FILES));
    const before = await graph();
    await t.rows("CREATE CONSTRAINT test_collab_source IF NOT EXISTS FOR ()-[r:COLLABORATES_WITH]-() REQUIRE r.source IS UNIQUE");
    try {
      const path = await dir({
        "projects.csv": "id,name,start\np4,Vier,2021-01-01\np5,Vijf,2021-01-01\np6,Zes,2021-01-01\n",
        "partners.csv": "id,name,kind\nd1,Nieuw,sme\n",
        "participations.csv": "partner,project\nd1,p4\nd1,p5\n",
        // The last row's source repeats one already stored: the constraint rejects it in the very last batch.
        "collaborations.csv": "from,to,source\np4,p5,fresh\np5,p6,network meeting\n",
      });
      await expect(importPath(db, path, { batchSize: 1 })).rejects.toThrow(/already exists/);
      expect(await graph()).toEqual(before);
    } finally {
      await t.rows("DROP CONSTRAINT test_collab_source IF EXISTS");
    }
  });
});
