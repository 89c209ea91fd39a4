// `diagonal analyze` when Neo4j goes away mid-run: the command exits non-zero within seconds (not
// after minutes of retries), names the server's URI, and leaves no run that readers see; the
// incomplete run is removed at the next start. The CLI talks to the test database through an
// in-process TCP proxy that the test cuts while the analysis runs.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { discardStaleRuns } from "../../src/services/analysis/index.ts";
import { importDataset } from "../../src/services/import-service.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";
import { boltAddress, TcpProxy } from "../support/tcp-proxy.ts";

const BIN = fileURLToPath(new URL("../../bin/diagonal.mjs", import.meta.url));

describe("diagonal analyze when Neo4j dies", () => {
  let t: TestDb;
  let db: Database;
  let proxy: TcpProxy;
  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
    // Any size works: the cut comes after the read, and every write after it needs the server.
    await importDataset(db, generateDataset({ projects: 1_000, seed: 5 }).dataset);
    const target = boltAddress(db.config.uri);
    proxy = new TcpProxy(target.host, target.port);
    await proxy.listen();
  });
  afterAll(async () => {
    await proxy?.close();
    await t.clear();
    await t.close();
  });

  it("exits non-zero within seconds naming the URI; no run is visible, and none is left after the next start", async () => {
    const c = inject("neo4j");
    const uri = `bolt://127.0.0.1:${proxy.port}`;
    const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, ...(c.database ? { NEO4J_DATABASE: c.database } : {}) };
    const child = spawn(process.execPath, [BIN, "analyze", "--seed", "3"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let cutAt = 0;
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      // Cut once the graph was read: the analysis then tries to write its run to a server that is gone.
      if (!cutAt && stderr.includes("… similarity")) {
        cutAt = Date.now();
        void proxy.cut();
      }
    });
    const code = await exited;
    expect(cutAt, `the analysis never reached the similarity stage:\n${stderr}`).toBeGreaterThan(0);
    const seconds = (Date.now() - cutAt) / 1000;
    expect(code).not.toBe(0);
    console.log(`analyze exited ${seconds.toFixed(1)} s after Neo4j was cut`);
    // The time includes the rest of the analysis's computing (learning the rankers) before its first
    // write finds the server gone: about 10 s alone, over 20 s on a loaded two-core machine. The bound
    // catches a return of the retries (before: 89 s), not the machine's load.
    expect(seconds).toBeLessThan(45);
    expect(stderr).toContain(`diagonal: Neo4j at ${uri} stopped answering during the analysis`);
    expect(stderr).toContain("No run was completed");
    expect(await t.rows("MATCH (r:AnalysisRun {status: 'complete'}) RETURN r.id AS id")).toEqual([]);

    // The next start removes whatever the dead run had written (it was written by a process that is gone).
    await discardStaleRuns(db);
    expect(await t.rows("MATCH (r:AnalysisRun) RETURN count(r) AS n")).toEqual([{ n: 0 }]);
    expect(await t.rows("MATCH (s:Suggestion) RETURN count(s) AS n")).toEqual([{ n: 0 }]);
    expect(await t.rows("MATCH (o:Opportunity) RETURN count(o) AS n")).toEqual([{ n: 0 }]);
    expect(await t.rows("MATCH ()-[m:IN_COMMUNITY]->() RETURN count(m) AS n")).toEqual([{ n: 0 }]);
  });
});
