// Sync confirmation and undo over HTTP: a sync beyond the threshold answers 409 sync-unconfirmed
// with the counts (nothing written) until `confirm` equals the dry run's removal count; every
// import answers with its job, listed at /api/v1/import/jobs with who made it, and undone by
// POST /api/v1/import/{job}/undo (dry run first; an undo cannot be undone).
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphDump, JOURNAL_LABELS } from "../support/graph-dump.ts";
import { startHarness, type Harness } from "./http-harness.ts";

const FIXTURES = "fixtures/mvo";
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.test.clear();
  await h.newTokens();
});
afterAll(async () => { await h.close(); });

const form = (files: Record<string, string>) => {
  const f = new FormData();
  for (const [name, text] of Object.entries(files)) f.append("files", new Blob([text], { type: "text/csv" }), name);
  return f;
};

describe("sync confirmation and undo over HTTP", () => {
  it("refuses an unconfirmed sync with 409, takes the dry run's count as confirm, and undoes it", async () => {
    const fixtures: Record<string, string> = {};
    for (const name of (await readdir(FIXTURES)).filter((n) => n.endsWith(".csv"))) fixtures[name] = await readFile(join(FIXTURES, name), "utf8");
    const first = await h.call("coordinator", "POST", "/api/v1/import", form(fixtures));
    expect(first.status, first.text).toBe(200);
    const before = await graphDump(h.test, [], JOURNAL_LABELS);

    const small = form({ "projects.csv": "id,name,start\nln-nieuw,Nieuw netwerk,2026-01-01\n" });
    expect((await h.call("coordinator", "POST", "/api/v1/import?sync=projects,netwerken", small)).json.errors[0]).toMatchObject({ field: "sync", in: "query" });
    const dry = await h.call("coordinator", "POST", "/api/v1/import?sync=projects&dryRun=true", form({ "projects.csv": "id,name,start\nln-nieuw,Nieuw netwerk,2026-01-01\n" }));
    expect(dry.status, dry.text).toBe(200);
    expect(dry.json.sync).toMatchObject({ covered: ["projects"], needsConfirmation: true });
    const removals = dry.json.sync.removals as number;

    const refused = await h.call("coordinator", "POST", "/api/v1/import?sync=projects", form({ "projects.csv": "id,name,start\nln-nieuw,Nieuw netwerk,2026-01-01\n" }));
    expect(refused.status).toBe(409);
    expect(refused.json.type).toBe("/api/docs#problem-sync-unconfirmed");
    expect(refused.json.detail).toMatch(/of 14 projects/);
    expect(await graphDump(h.test, [], JOURNAL_LABELS)).toEqual(before);

    const done = await h.call("coordinator", "POST", `/api/v1/import?sync=projects&confirm=${removals}`, form({ "projects.csv": "id,name,start\nln-nieuw,Nieuw netwerk,2026-01-01\n" }));
    expect(done.status, done.text).toBe(200);
    expect(done.json.job).toMatch(/^import-/);

    const jobs = await h.call("coordinator", "GET", "/api/v1/import/jobs");
    expect(jobs.status, jobs.text).toBe(200);
    expect(jobs.json.items[0]).toMatchObject({ id: done.json.job, status: "committed", mode: "sync", sync: "projects", files: ["projects.csv"] });
    expect(jobs.json.items[0].by).toBeTruthy();

    const older = await h.call("coordinator", "POST", `/api/v1/import/${first.json.job}/undo`);
    expect(older.status).toBe(409);
    const undoDry = await h.call("coordinator", "POST", `/api/v1/import/${done.json.job}/undo?dryRun=true`);
    expect(undoDry.status, undoDry.text).toBe(200);
    expect(undoDry.json.steps).toContainEqual(expect.objectContaining({ action: "restore", kind: "deleted-nodes" }));
    const undone = await h.call("coordinator", "POST", `/api/v1/import/${done.json.job}/undo`);
    expect(undone.status, undone.text).toBe(200);
    expect(await graphDump(h.test, [], JOURNAL_LABELS)).toEqual(before);
    const again = await h.call("coordinator", "POST", `/api/v1/import/${done.json.job}/undo`);
    expect(again.status).toBe(409);
    expect(again.json.detail).toMatch(/already undone/);
    expect((await h.call("analyst", "POST", `/api/v1/import/${first.json.job}/undo`)).status).toBe(403);
  });
});
