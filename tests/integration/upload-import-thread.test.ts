// Where an uploaded import runs: a large upload's reading, validation and checks against the
// stored graph (its Neo4j reads included) happen in a worker thread, never in the service's own:
// the import service's entry point, watched in this thread, is not called for it — and is for a
// small upload, which shows the watch works. Structural, so it holds on a loaded machine; the
// latency it protects is measured by `npm run bench:api -- --only during-dry-run`.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ENTITY_NAMES } from "../../src/schemas/index.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { entityCsv } from "../../src/generator/write-csv.ts";
import * as importService from "../../src/services/import-service.ts";
import { importUpload, OFF_LOOP_UPLOAD_BYTES, type StoredUpload } from "../../src/services/off-loop/upload-import.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

vi.mock("../../src/services/import-service.ts", async (original) => {
  const actual = await original<typeof import("../../src/services/import-service.ts")>();
  return { ...actual, importFiles: vi.fn(actual.importFiles) };
});

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

describe("an uploaded import's thread", () => {
  it("reads, validates and checks a large dry run in a worker, a small one here", async () => {
    const spy = vi.mocked(importService.importFiles);
    const large = await stored(1500, 41);
    expect(large.reduce((n, f) => n + f.bytes, 0)).toBeGreaterThan(OFF_LOOP_UPLOAD_BYTES);
    spy.mockClear();
    const answer = await importUpload(t.db, large, { dryRun: true });
    expect(spy).not.toHaveBeenCalled();
    const report = JSON.parse(new TextDecoder().decode(answer.body)) as { dryRun: boolean; counts: Record<string, { rows: number }> };
    expect(report.dryRun).toBe(true);
    expect(report.counts.projects!.rows).toBe(1500);

    const small = (await stored(3, 42)).filter((f) => f.name === "themes.csv");
    expect(small[0]!.bytes).toBeLessThan(OFF_LOOP_UPLOAD_BYTES);
    await importUpload(t.db, small, { dryRun: true });
    expect(spy).toHaveBeenCalledTimes(1);
    expect((await t.rows<{ n: number }>("MATCH (n) WHERE n:Project OR n:Partner OR n:Theme RETURN count(n) AS n"))[0]!.n).toBe(0);
  });
});
