// Where an uploaded import runs: a large upload's reading, validation and checks against the
// stored graph (its Neo4j reads included) happen in a worker thread, never in the service's own.
// Measured as this thread's event-loop utilisation (the share of the time it was busy rather than
// waiting for events), which does not depend on how loaded the machine is: the same dry run forced
// into this thread keeps it busy most of the time, in a worker it leaves it nearly idle. The
// latency it protects is measured by `npm run bench:api -- --only during-dry-run`.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITY_NAMES } from "../../src/schemas/index.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { entityCsv } from "../../src/generator/write-csv.ts";
import { importUpload, OFF_LOOP_UPLOAD_BYTES, type StoredUpload } from "../../src/services/off-loop/upload-import.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

let t: TestDb;
let dir: string;

async function stored(projects: number, seed: number): Promise<StoredUpload[]> {
  const dataset = generateDataset({ projects, seed }).dataset;
  return Promise.all(ENTITY_NAMES.map(async (name) => {
    const text = entityCsv(name, dataset[name]);
    const path = join(dir, `${seed}-${name}.csv`);
    await writeFile(path, text);
    return { name: `${name}.csv`, path, bytes: Buffer.byteLength(text) };
  }));
}

beforeAll(async () => {
  t = await testDb();
  await t.clear();
  dir = await mkdtemp(join(tmpdir(), "diagonal-thread-test-"));
});
afterAll(async () => {
  await t.clear();
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

/** The share of `work`'s time this thread's event loop was busy (0–1), and what it answered. */
async function busyShare<T>(work: () => Promise<T>): Promise<{ result: T; busy: number }> {
  const before = performance.eventLoopUtilization();
  const result = await work();
  return { result, busy: performance.eventLoopUtilization(before).utilization };
}

describe("an uploaded import's thread", () => {
  it("reads, validates and checks a large dry run in a worker, leaving this thread nearly idle", async () => {
    const large = await stored(1500, 41);
    expect(large.reduce((n, f) => n + f.bytes, 0)).toBeGreaterThan(OFF_LOOP_UPLOAD_BYTES);
    const inWorker = await busyShare(() => importUpload(t.db, large, { dryRun: true }));
    const here = await busyShare(() => importUpload(t.db, large, { dryRun: true }, Number.POSITIVE_INFINITY));
    // The same answer either way.
    const report = (a: { body: Uint8Array }) => JSON.parse(new TextDecoder().decode(a.body)) as { dryRun: boolean; counts: Record<string, { rows: number }> };
    expect(report(inWorker.result).counts).toEqual(report(here.result).counts);
    expect(report(inWorker.result).counts.projects!.rows).toBe(1500);
    // Bounds far from both: in this thread the work keeps it busy (typically > 0.8), in a worker it waits (< 0.1).
    expect(here.busy).toBeGreaterThan(0.5);
    expect(inWorker.busy).toBeLessThan(0.3);
    expect((await t.rows<{ n: number }>("MATCH (n) WHERE n:Project OR n:Partner OR n:Theme RETURN count(n) AS n"))[0]!.n).toBe(0);
  });
});
