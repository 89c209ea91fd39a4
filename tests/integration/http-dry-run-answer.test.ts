// A dry run's answer over HTTP is one a coordinator can read: every count, but each list (here the
// possible duplicates of every uploaded partner against the stored ones) capped at
// IMPORT_ANSWER_LIST_LIMIT items with its total beside it; the graph is exactly as it was after it;
// and the uploaded files, kept on disk while their import runs, are gone once it answered —
// after a success and after a refusal, in the service's thread and in a worker's.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITY_NAMES, type Dataset } from "../../src/schemas/index.ts";
import { IMPORT_ANSWER_LIST_LIMIT } from "../../src/schemas/responses-import.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { entityCsv } from "../../src/generator/write-csv.ts";
import { importDataset } from "../../src/services/import-service.ts";
import { OFF_LOOP_UPLOAD_BYTES } from "../../src/services/off-loop/upload-import.ts";
import { graphDump } from "../support/graph-dump.ts";
import { startHarness, type Harness } from "./http-harness.ts";

let h: Harness;
let uploads: string;
const stored = generateDataset({ projects: 800, seed: 31 }).dataset;
// The same organisations under new ids and a typo in their names ("Kringwinkell Bababak 1"): each
// uploaded partner is a possible duplicate of a stored one, not merged into it.
const typo = (name: string) => name.replace(/^(\S*?)(\S)(\s)/, "$1$2$2$3");
const renamed: Dataset = {
  ...stored,
  partners: stored.partners.map(({ website: _w, enterpriseNumber: _e, ...p }) => ({ ...p, id: `NEW-${p.id}`, name: typo(p.name) })),
  participations: stored.participations.map((r) => ({ ...r, partner: `NEW-${r.partner}` })),
};

function form(data: Partial<Dataset>, replace: Record<string, string> = {}): FormData {
  const f = new FormData();
  for (const name of ENTITY_NAMES) {
    const rows = data[name];
    if (rows && rows.length > 0) f.append("files", new Blob([replace[name] ?? entityCsv(name, rows)], { type: "text/csv" }), `${name}.csv`);
  }
  return f;
}

/** The upload folder, once the answer's files are removed (they go when the response has closed). */
async function uploadsLeft(): Promise<string[]> {
  for (let i = 0; i < 40; i++) {
    const left = await readdir(uploads);
    if (left.length === 0) return left;
    await new Promise((r) => setTimeout(r, 50));
  }
  return readdir(uploads);
}

beforeAll(async () => {
  uploads = await mkdtemp(join(tmpdir(), "diagonal-upload-test-"));
  h = await startHarness({ UPLOAD_LIMIT: "20mb", UPLOAD_DIR: uploads });
  await h.test.clear();
  await h.newTokens();
  await importDataset(h.db, stored);
});
afterAll(async () => {
  await h.test.clear();
  await h.close();
  await rm(uploads, { recursive: true, force: true });
});

describe("a dry run's answer", () => {
  it("counts everything, lists the first items of each kind with their totals, and leaves the graph as it was", async () => {
    const csvBytes = ENTITY_NAMES.reduce((n, e) => n + entityCsv(e, renamed[e]).length, 0);
    expect(csvBytes).toBeGreaterThan(OFF_LOOP_UPLOAD_BYTES);
    const before = await graphDump(h.test, [], ["ApiToken"]);

    // While it runs, the upload is in the folder, one file per entity.
    let settled = false;
    const answer = h.call("coordinator", "POST", "/api/v1/import?dryRun=true", form(renamed)).finally(() => { settled = true; });
    let held = 0;
    while (!settled) {
      held = Math.max(held, (await readdir(uploads)).length);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(held).toBe(ENTITY_NAMES.length);
    const r = await answer;
    expect(r.status, r.text.slice(0, 2000)).toBe(200);
    expect(r.json.dryRun).toBe(true);
    // Full counts: every uploaded row, the renamed partners all new.
    expect(r.json.counts.partners).toEqual({ rows: stored.partners.length, created: stored.partners.length, updated: 0 });
    expect(r.json.counts.participations.rows).toBe(stored.participations.length);
    // Capped lists, with their totals.
    const total = r.json.lists.totals.duplicates as number;
    expect(total).toBeGreaterThanOrEqual(stored.partners.length);
    expect(r.json.lists).toMatchObject({ limit: IMPORT_ANSWER_LIST_LIMIT, truncated: true });
    expect(r.json.duplicates).toHaveLength(IMPORT_ANSWER_LIST_LIMIT);
    expect(r.json.lists.totals.warnings).toBe(r.json.warnings.length);
    expect(r.json.lists.totals.merged).toBe(r.json.merged.length);
    // The summary speaks of all of them.
    expect(r.json.summary).toContain(`${total} possible duplicate organisations`);

    expect(await graphDump(h.test, [], ["ApiToken"])).toEqual(before);
    expect(await uploadsLeft()).toEqual([]);
  });

  it("lists short lists whole and says nothing was cut", async () => {
    const few = { partners: renamed.partners.slice(0, 5) };
    const r = await h.call("coordinator", "POST", "/api/v1/import?dryRun=true", form(few));
    expect(r.status, r.text.slice(0, 2000)).toBe(200);
    expect(r.json.lists.truncated).toBe(false);
    expect(r.json.duplicates.length).toBe(r.json.lists.totals.duplicates);
    expect(r.json.duplicates.length).toBeGreaterThanOrEqual(5);
    expect(await uploadsLeft()).toEqual([]);
  });

  it("removes the uploaded files after a refusal, small or large", async () => {
    const before = await graphDump(h.test, [], ["ApiToken"]);
    const badProjects = entityCsv("projects", renamed.projects.map((p, i) => (i === 1 ? { ...p, start: "not a date" } : p)));
    // Large: refused in the worker.
    const large = await h.call("coordinator", "POST", "/api/v1/import", form(renamed, { projects: badProjects }));
    expect(large.status, large.text.slice(0, 500)).toBe(400);
    expect(large.json.problems[0]).toMatchObject({ file: "projects.csv", row: 3 });
    expect(await uploadsLeft()).toEqual([]);
    // Small: refused in the service's thread.
    const small = await h.call("coordinator", "POST", "/api/v1/import", form({ projects: renamed.projects.slice(0, 3) }, { projects: entityCsv("projects", [{ ...renamed.projects[0]!, start: "not a date" }]) }));
    expect(small.status, small.text.slice(0, 500)).toBe(400);
    expect(await uploadsLeft()).toEqual([]);
    expect(await graphDump(h.test, [], ["ApiToken"])).toEqual(before);
  });

  it("removes the uploaded files after a real import too", async () => {
    const r = await h.call("coordinator", "POST", "/api/v1/import", form({ themes: stored.themes }));
    expect(r.status, r.text.slice(0, 500)).toBe(200);
    expect(r.json.lists.truncated).toBe(false);
    expect(await uploadsLeft()).toEqual([]);
  });
});
