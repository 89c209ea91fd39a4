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
import { graphDump, JOURNAL_LABELS } from "../support/graph-dump.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const before = generateDataset({ projects: 300, seed: 1 }).dataset;
const after = generateDataset({ projects: 400, seed: 2 }).dataset;
/** Journal left by imports that are not committed (a committed import keeps its journal, so it can be undone). */
const journalLeft = async (t: TestDb) =>
  (await t.rows<{ n: number }>(
    `MATCH (n) WHERE (n:ImportJob AND n.status <> 'committed')
       OR (n:ImportUndo AND NOT EXISTS { MATCH (:ImportJob {id: n.importJob, status: 'committed'}) })
     RETURN count(n) AS n`,
  ))[0]!.n;
const stagedLeft = async (t: TestDb) =>
  (await t.rows<{ n: number }>("MATCH (n) WHERE n:StagedTheme OR n:StagedProject OR n:StagedPartner OR n:StagedOutcome RETURN count(n) AS n"))[0]!.n;
const DOMAIN = "(n:Theme OR n:Project OR n:Partner OR n:Outcome)";

/** What a reader can see: every query matches the domain labels, so the nodes with them and the links among them. */
async function readerView(t: TestDb): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await t.rows<{ labels: string[]; props: Record<string, unknown> }>(`MATCH (n) WHERE ${DOMAIN} RETURN labels(n) AS labels, properties(n) AS props`);
  const rels = await t.rows<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    `MATCH (a)-[r]->(n) WHERE ${DOMAIN} AND ${DOMAIN.replaceAll("n:", "a:")} RETURN type(r) AS type, a.id AS from, n.id AS to, properties(r) AS props`,
  );
  return {
    nodes: nodes.map((n) => JSON.stringify([n.labels, Object.entries(n.props).sort()])).sort(),
    relationships: rels.map((r) => JSON.stringify([r.type, r.from, r.to, Object.entries(r.props).sort()])).sort(),
  };
}

describe("staged imports", () => {
  let t: TestDb;
  let db: Database;
  beforeAll(async () => {
    t = await testDb();
    db = t.db;
  });
  afterAll(async () => { await t.clear(); await t.close(); });

  // Changes to stored rows go in the last transaction (default), or in journaled batches before it.
  it.each([["in the last transaction", undefined], ["in batches before it", 0]])(
    "gives exactly the graph that one transaction gives, and leaves no unfinished journal (stored rows changed %s)",
    async (_how, finalStoredRows) => {
      await t.clear();
      await importDataset(db, before);
      await importDataset(db, after);
      const oneTransaction = await graphDump(t, ["addedAt"], JOURNAL_LABELS);

      await t.clear();
      await importDataset(db, before);
      const batches: number[] = [];
      const report = await importDataset(db, after, { stagedAbove: 0, batchSize: 100, finalStoredRows, onProgress: (stage, done) => { if (stage === "write") batches.push(done); } });
      expect(batches.length).toBeGreaterThan(finalStoredRows === 0 ? 40 : 15); // many transactions, not one
      expect(report.counts.projects).toEqual({ rows: 400, created: 100, updated: 300 });
      expect(await graphDump(t, ["addedAt"], JOURNAL_LABELS)).toEqual(oneTransaction);
      expect(await journalLeft(t)).toBe(0);
      expect(await stagedLeft(t)).toBe(0);
    },
    240_000, // four imports of 300–400 projects, on a shared machine
  );

  it("readers see nothing of a staged import while it is written, and all of it once its last transaction commits", async () => {
    await t.clear();
    await importDataset(db, before);
    const stored = await readerView(t);
    const seen: { done: number; staged: number; view: Awaited<ReturnType<typeof readerView>> }[] = [];
    await importDataset(db, after, {
      stagedAbove: 0,
      batchSize: 100,
      // Awaited by the staged write between two batches: a reader looks at the graph mid-import.
      onProgress: async (stage, done, total) => {
        if (stage === "write" && done > 0 && done < total) seen.push({ done, staged: await stagedLeft(t), view: await readerView(t) });
      },
    });
    expect(seen.length).toBeGreaterThan(15);
    expect(seen.at(-1)!.staged).toBeGreaterThan(100); // the new rows were in the database, staged
    for (const s of seen) expect(s.view, `after ${s.done} rows were staged`).toEqual(stored);
    const now = await readerView(t);
    expect(now.nodes.length).toBeGreaterThan(stored.nodes.length);
    expect(now.relationships.length).toBeGreaterThan(stored.relationships.length);
    expect(await stagedLeft(t)).toBe(0);
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

  it("recovery undoes a staged import whose writer is gone and keeps the journal of a committed one (it can be undone)", async () => {
    await t.clear();
    await importDataset(db, before);
    const stored = await graphDump(t, [], JOURNAL_LABELS);
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!; // a process that has exited
    await t.rows(
      `CREATE (:ImportJob {id: 'import-killed', status: 'staging', writer: $dead, startedAt: datetime(), heartbeatAt: datetime()})
       CREATE (:ImportJob {id: 'import-live', status: 'staging', writer: $live, startedAt: datetime(), heartbeatAt: datetime()})
       CREATE (:ImportJob {id: 'import-done', status: 'committed', writer: $dead, startedAt: datetime(), heartbeatAt: datetime()})
       CREATE (:StagedProject {id: 'half-imported', name: 'half'})
       CREATE (:ImportUndo {importJob: 'import-killed', importSeq: 1, importKind: 'created-projects', ids: ['half-imported']})
       CREATE (:ImportUndo {importJob: 'import-done', importSeq: 1, importKind: 'created-projects', ids: ['NET-000001']})
       WITH 1 AS one
       MATCH (p:Project {id: 'NET-000002'})
       CREATE (u:ImportUndo) SET u = properties(p), u.importJob = 'import-killed', u.importSeq = 2, u.importKind = 'stored-projects', u.importKey = p.id
       SET p.name = 'changed by the killed import', p.extra = 1`,
      { dead: `${hostname()}:${dead}`, live: `${hostname()}:${process.ppid}` },
    );
    const r = await recoverImports(db);
    expect(r).toEqual({ undone: ["import-killed"], cleared: [], running: [{ id: "import-live", writer: `${hostname()}:${process.ppid}` }] });
    await expect(importDataset(db, after)).rejects.toThrow(/another import is being written \(import-live/);
    await t.rows("MATCH (j:ImportJob {id: 'import-live'}) DELETE j");
    expect(await graphDump(t, [], JOURNAL_LABELS)).toEqual(stored);
    expect(await t.rows("MATCH (u:ImportUndo {importJob: 'import-done'}) RETURN u.ids AS ids")).toEqual([{ ids: ["NET-000001"] }]);
    expect(await journalLeft(t)).toBe(0);
  });
});
