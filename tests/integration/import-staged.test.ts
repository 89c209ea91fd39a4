// Staged imports against a real Neo4j: written in batches (each its own transaction, with an undo
// journal), the result is exactly what one transaction gives; a staged import that fails midway is
// undone and leaves the graph exactly as it was; one whose writer stopped is undone by recovery.
// The imports re-import a generated dataset over another seed's (same ids, other content), so
// every path is taken: new and stored nodes, new and stored relationships, outcomes moving project.
import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { importDataset, recoverImports } from "../../src/services/import-service.ts";
import { StagedImportError } from "../../src/importer/staged-write.ts";
import { graphDump } from "../support/graph-dump.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const before = generateDataset({ projects: 300, seed: 1 }).dataset;
const after = generateDataset({ projects: 400, seed: 2 }).dataset;
const journalLeft = async (t: TestDb) => (await t.rows<{ n: number }>("MATCH (n) WHERE n:ImportJob OR n:ImportUndo RETURN count(n) AS n"))[0]!.n;

describe("staged imports", () => {
  let t: TestDb;
  let db: Database;
  beforeAll(async () => {
    t = await testDb();
    db = t.db;
  });
  afterAll(async () => { await t.clear(); await t.close(); });

  it("gives exactly the graph that one transaction gives, and leaves no journal", async () => {
    await t.clear();
    await importDataset(db, before);
    await importDataset(db, after);
    const oneTransaction = await graphDump(t, ["addedAt"]);

    await t.clear();
    await importDataset(db, before);
    const batches: number[] = [];
    const report = await importDataset(db, after, { stagedAbove: 0, batchSize: 100, onProgress: (stage, done) => { if (stage === "write") batches.push(done); } });
    expect(batches.length).toBeGreaterThan(40); // many transactions, not one
    expect(report.counts.projects).toEqual({ rows: 400, created: 100, updated: 300 });
    expect(await graphDump(t, ["addedAt"])).toEqual(oneTransaction);
    expect(await journalLeft(t)).toBe(0);
  });

  it("a staged import that fails midway is undone: the graph is exactly as before", async () => {
    await t.clear();
    await importDataset(db, before);
    const stored = await graphDump(t);
    // A partner the import creates late (partners come after themes and projects) is stored by
    // someone else while the import runs: its batch breaks the uniqueness constraint.
    const known = new Set(before.partners.map((p) => p.id));
    const late = after.partners.filter((p) => !known.has(p.id)).at(-1)!.id;
    let planted: Promise<unknown> | undefined;
    const failed = await importDataset(db, after, {
      stagedAbove: 0,
      batchSize: 10,
      onProgress: (stage, done) => { if (stage === "write" && done > 0 && !planted) planted = t.rows("CREATE (:Partner {id: $id, name: 'elders'})", { id: late }); },
    }).catch((err: unknown) => err);
    await planted;
    expect(failed).toBeInstanceOf(StagedImportError);
    expect((failed as Error).message).toContain("Every staged row was undone: the graph is as it was before the import.");
    await t.rows("MATCH (p:Partner {id: $id, name: 'elders'}) DELETE p", { id: late });
    expect(await graphDump(t)).toEqual(stored);
    expect(await journalLeft(t)).toBe(0);
  });

  it("recovery undoes a staged import whose writer is gone and only clears the journal of a committed one", async () => {
    await t.clear();
    await importDataset(db, before);
    const stored = await graphDump(t);
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!; // a process that has exited
    await t.rows(
      `CREATE (:ImportJob {id: 'import-killed', status: 'staging', writer: $dead, startedAt: datetime(), heartbeatAt: datetime()})
       CREATE (:ImportJob {id: 'import-live', status: 'staging', writer: $live, startedAt: datetime(), heartbeatAt: datetime()})
       CREATE (:ImportJob {id: 'import-done', status: 'committed', writer: $dead, startedAt: datetime(), heartbeatAt: datetime()})
       CREATE (:Project {id: 'half-imported', name: 'half'})
       CREATE (:ImportUndo {importJob: 'import-killed', importSeq: 1, importKind: 'created-projects', ids: ['half-imported']})
       CREATE (:ImportUndo {importJob: 'import-done', importSeq: 1, importKind: 'created-projects', ids: ['NET-000001']})
       WITH 1 AS one
       MATCH (p:Project {id: 'NET-000002'})
       CREATE (u:ImportUndo) SET u = properties(p), u.importJob = 'import-killed', u.importSeq = 2, u.importKind = 'stored-projects', u.importKey = p.id
       SET p.name = 'changed by the killed import', p.extra = 1`,
      { dead: `${hostname()}:${dead}`, live: `${hostname()}:${process.ppid}` },
    );
    const r = await recoverImports(db);
    expect(r).toEqual({ undone: ["import-killed"], cleared: ["import-done"], running: [{ id: "import-live", writer: `${hostname()}:${process.ppid}` }] });
    await expect(importDataset(db, after)).rejects.toThrow(/another import is being written \(import-live/);
    await t.rows("MATCH (j:ImportJob {id: 'import-live'}) DELETE j");
    expect(await graphDump(t)).toEqual(stored);
    expect(await journalLeft(t)).toBe(0);
  });
});
