// A staged `diagonal import` killed with SIGKILL midway — after the journal shows committed
// batches — leaves nothing once recovery has run: a full dump of nodes, relationships and
// properties equals the dump taken before the import. The import re-imports a generated dataset
// over another seed's, so the killed batches both created nodes and changed stored ones.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { writeDatasetCsv } from "../../src/generator/write-csv.ts";
import { pino } from "pino";
import { importDataset } from "../../src/services/import-service.ts";
import { sweepDeadImports } from "../../src/services/import-sweep.ts";
import { networkView } from "../../src/services/graph-views.ts";
import { graphDump } from "../support/graph-dump.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";
import { cliEnv } from "../support/cli-env.ts";

const BIN = fileURLToPath(new URL("../../bin/diagonal.mjs", import.meta.url));

describe("diagonal import killed midway", () => {
  let t: TestDb;
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
    await importDataset(db, generateDataset({ projects: 300, seed: 1 }).dataset);
    dir = await mkdtemp(join(tmpdir(), "diagonal-kill-"));
    await writeDatasetCsv(dir, generateDataset({ projects: 3_000, seed: 2 }).dataset);
  });
  afterAll(async () => {
    await t.clear();
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("after SIGKILL and recovery the graph is exactly what it was", async () => {
    const stored = await graphDump(t);
    const view = await networkView(db, "all", { kinds: ["project", "partner", "theme"], limit: 400 });
    const env = cliEnv();
    const child = spawn(process.execPath, [BIN, "import", dir, "--staged-above", "0", "--batch-size", "200"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => { output += s; });
    child.stderr.setEncoding("utf8").on("data", (s: string) => { output += s; });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));

    // Kill once the journal shows committed batches, well before the end.
    let progress: { done: number; total: number } | undefined;
    for (let i = 0; i < 1_200 && !progress; i++) {
      const [job] = await t.rows<{ done: number; total: number }>("MATCH (j:ImportJob {status: 'staging'}) WHERE j.done >= 1000 RETURN j.done AS done, j.total AS total");
      if (job) progress = job;
      else await new Promise((r) => setTimeout(r, 100));
    }
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(progress, `the import showed no progress in the journal:\n${output}`).toBeDefined();
    expect(progress!.done).toBeLessThan(progress!.total);

    // Killed: its batches are still there, marked as an unfinished import.
    const [left] = await t.rows<{ id: string; done: number }>("MATCH (j:ImportJob {status: 'staging'}) RETURN j.id AS id, j.done AS done");
    expect(left!.done).toBeGreaterThanOrEqual(progress!.done);
    expect(await graphDump(t)).not.toEqual(stored);
    // Readers see none of it: the network view (its nodes, their degree order, its totals) is as before.
    expect(await networkView(db, "all", { kinds: ["project", "partner", "theme"], limit: 400 })).toEqual(view);

    // What the running service's sweep does (and the next start, or the next import).
    const version = async () => Number((await t.rows<{ c: unknown }>("MATCH (v:DataVersion) RETURN v.counter AS c"))[0]?.c ?? 0);
    const counter = await version();
    const sweep = sweepDeadImports(db, pino({ level: "silent" }), 3_600_000);
    try {
      expect(await sweep.sweep()).toEqual([left!.id]);
    } finally {
      sweep.stop();
    }
    expect(await graphDump(t)).toEqual(stored);
    // Readers may have cached rows of the undone import: the data version moved on.
    expect(await version()).toBeGreaterThan(counter);
  });
});
