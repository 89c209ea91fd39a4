// `diagonal import` when Neo4j goes away mid staged import: the command exits non-zero within
// 10 s (not minutes of retries), names the server and says who undoes the staged rows and when;
// readers never see them, and the running service's sweep undoes them once Neo4j answers again.
// The CLI talks to the test database through an in-process TCP proxy that the test cuts.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { writeDatasetCsv } from "../../src/generator/write-csv.ts";
import { importDataset } from "../../src/services/import-service.ts";
import { sweepDeadImports } from "../../src/services/import-sweep.ts";
import { graphDump, JOURNAL_LABELS } from "../support/graph-dump.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";
import { boltAddress, TcpProxy } from "../support/tcp-proxy.ts";

const BIN = fileURLToPath(new URL("../../bin/diagonal.mjs", import.meta.url));

describe("diagonal import when Neo4j dies", () => {
  let t: TestDb;
  let db: Database;
  let proxy: TcpProxy;
  let dir: string;
  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
    await importDataset(db, generateDataset({ projects: 200, seed: 1 }).dataset);
    dir = await mkdtemp(join(tmpdir(), "diagonal-outage-"));
    await writeDatasetCsv(dir, generateDataset({ projects: 2_000, seed: 2 }).dataset);
    const target = boltAddress(db.config.uri);
    proxy = new TcpProxy(target.host, target.port);
    await proxy.listen();
  });
  afterAll(async () => {
    await proxy?.close();
    await t.clear();
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("exits within seconds naming the URI and who undoes the staged rows; the sweep then undoes them", async () => {
    const stored = await graphDump(t, [], JOURNAL_LABELS);
    const c = inject("neo4j");
    const uri = `bolt://127.0.0.1:${proxy.port}`;
    const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, ...(c.database ? { NEO4J_DATABASE: c.database } : {}) };
    const child = spawn(process.execPath, [BIN, "import", dir, "--staged-above", "0", "--batch-size", "200"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => { output += s; });
    child.stderr.setEncoding("utf8").on("data", (s: string) => { output += s; });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

    // Cut once the journal shows staged batches.
    let cutAt = 0;
    for (let i = 0; i < 1_200 && !cutAt; i++) {
      const [job] = await t.rows<{ done: number }>("MATCH (j:ImportJob {status: 'staging'}) WHERE j.done >= 400 RETURN j.done AS done");
      if (job) {
        cutAt = Date.now();
        await proxy.cut();
      } else await new Promise((r) => setTimeout(r, 100));
    }
    expect(cutAt, `the import showed no staged progress:\n${output}`).toBeGreaterThan(0);
    const code = await exited;
    const seconds = (Date.now() - cutAt) / 1000;
    expect(code, output).not.toBe(0);
    // A probe of the server races each staged write, so the loss is known in about two seconds
    // (the figure is in the test's log; 1–2 s on a loaded machine), not after the driver's retries
    // (6.5–14.8 s before; 160 s before that). Target: 10 s.
    console.log(`import exited ${seconds.toFixed(1)} s after Neo4j went away`);
    expect(seconds, output).toBeLessThan(10);
    expect(output).toContain(`Neo4j at ${uri} stopped answering during the import`);
    expect(output).toMatch(/undone by a running Diagonal service within 60 s of Neo4j answering again/);

    // Left behind, invisible; the running service's sweep undoes it.
    expect(await t.rows("MATCH (j:ImportJob {status: 'staging'}) RETURN j.id AS id")).toHaveLength(1);
    const sweep = sweepDeadImports(db, pino({ level: "silent" }), 3_600_000);
    try {
      expect(await sweep.sweep()).toHaveLength(1);
    } finally {
      sweep.stop();
    }
    expect(await graphDump(t, [], JOURNAL_LABELS)).toEqual(stored);
  });
});
