// Import over HTTP: multipart upload of the CLI's file formats with the CLI's validation and
// report; one bad row → 400 naming file, row and column, and nothing written.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./http-harness.ts";

const FIXTURES = "fixtures/mvo";

let h: Harness;
beforeAll(async () => { h = await startHarness({ UPLOAD_LIMIT: "64kb" }); });
afterAll(async () => { await h.close(); });
beforeEach(async () => {
  await h.test.clear();
  await h.newTokens();
});

async function fixtureForm(replace: Record<string, string> = {}): Promise<FormData> {
  const form = new FormData();
  for (const name of (await readdir(FIXTURES)).filter((n) => n.endsWith(".csv"))) {
    const text = replace[name] ?? (await readFile(join(FIXTURES, name), "utf8"));
    form.append("files", new Blob([text], { type: "text/csv" }), name);
  }
  return form;
}

async function nodeCount(): Promise<number> {
  return (await h.test.rows<{ n: number }>("MATCH (n) WHERE NOT n:ApiToken AND NOT n:DiagonalTestMarker RETURN count(n) AS n"))[0]!.n;
}

describe("POST /api/v1/import", () => {
  it("imports the CSV files and reports what was created", async () => {
    const projectRows = (await readFile(join(FIXTURES, "projects.csv"), "utf8")).trim().split("\n").length - 1;
    const r = await h.call("coordinator", "POST", "/api/v1/import", await fixtureForm());
    expect(r.status, r.text).toBe(200);
    expect(r.json.dryRun).toBe(false);
    expect(r.json.counts.projects).toMatchObject({ rows: projectRows, created: projectRows, updated: 0 });
    expect(r.json.summary).toMatch(/^imported: /);
    expect(await h.test.count("Project")).toBe(projectRows);
  });

  it("one bad row: 400 naming file, row and column, nothing written", async () => {
    const original = await readFile(join(FIXTURES, "projects.csv"), "utf8");
    const lines = original.split("\n");
    expect(lines[2]).toMatch(/,active,/);
    lines[2] = lines[2]!.replace(",active,", ",finished,"); // row 3 as the spreadsheet counts (header = 1)
    const r = await h.call("coordinator", "POST", "/api/v1/import", await fixtureForm({ "projects.csv": lines.join("\n") }));
    expect(r.status).toBe(400);
    expect(r.json.type).toBe("/api/docs#problem-import-invalid");
    expect(r.json.problems).toEqual([expect.objectContaining({ file: "projects.csv", row: 3, column: "status", value: "finished" })]);
    expect(r.json.errors[0]).toMatchObject({ field: "row 3, status", in: "projects.csv", value: "finished" });
    expect(await nodeCount()).toBe(0);
  });

  it("names each problem line by a message id with its parameters, beside the English text", async () => {
    const lines = (await readFile(join(FIXTURES, "projects.csv"), "utf8")).split("\n");
    lines[2] = lines[2]!.replace(",active,", ",finished,");
    const r = await h.call("coordinator", "POST", "/api/v1/import", await fixtureForm({ "projects.csv": lines.join("\n") }));
    expect(r.status).toBe(400);
    expect(r.json.problems[0]).toMatchObject({
      messageId: "import.one-of",
      params: { file: "projects.csv", row: 3, field: "status", values: "planned, active, completed, stopped", received: '"finished"' },
      text: 'projects.csv row 3, column status: expected one of: planned, active, completed, stopped, got "finished"',
    });
    // A dry run's warnings carry them too.
    const withColumn = (await readFile(join(FIXTURES, "themes.csv"), "utf8")).replace(/^([^\n]*)/, "$1,kleur");
    const dry = await h.call("coordinator", "POST", "/api/v1/import?dryRun=true", await fixtureForm({ "themes.csv": withColumn }));
    expect(dry.status, dry.text).toBe(200);
    expect(dry.json.warnings).toContainEqual(expect.objectContaining({ messageId: "import.known-column", params: expect.objectContaining({ file: "themes.csv", field: "kleur", entity: "themes", note: "note.unknown-column" }) }));
    expect(await nodeCount()).toBe(0);
  });

  it("dryRun validates and reports without writing", async () => {
    const r = await h.call("coordinator", "POST", "/api/v1/import?dryRun=true", await fixtureForm());
    expect(r.status).toBe(200);
    expect(r.json.dryRun).toBe(true);
    expect(r.json.counts.themes.created).toBeGreaterThan(0);
    expect(await nodeCount()).toBe(0);
    expect((await h.call("coordinator", "POST", "/api/v1/import?dryRun=maybe", await fixtureForm())).json.errors[0]).toMatchObject({ field: "dryRun", in: "query" });
  });

  it("imports a JSON dataset upload", async () => {
    const form = new FormData();
    form.append("files", new Blob([JSON.stringify({ themes: [{ id: "talent", nameNl: "Talent", nameEn: "Talent" }] })], { type: "application/json" }), "dataset.json");
    const r = await h.call("coordinator", "POST", "/api/v1/import", form);
    expect(r.status, r.text).toBe(200);
    expect(await h.test.rows("MATCH (t:Theme) RETURN t.id AS id")).toEqual([{ id: "talent" }]);
  });

  it("415 without multipart, 413 over UPLOAD_LIMIT, 400 without files, 403 for analysts", async () => {
    expect((await h.call("coordinator", "POST", "/api/v1/import", { themes: [] })).status).toBe(415);
    const big = new FormData();
    big.append("files", new Blob(["id,nameNl,nameEn\n" + "x,y,z\n".repeat(20_000)]), "themes.csv");
    const tooBig = await h.call("coordinator", "POST", "/api/v1/import", big);
    expect(tooBig.status).toBe(413);
    const empty = new FormData();
    empty.append("note", "no files");
    expect((await h.call("coordinator", "POST", "/api/v1/import", empty)).status).toBe(400);
    expect((await h.call("analyst", "POST", "/api/v1/import", await fixtureForm())).status).toBe(403);
    expect(await nodeCount()).toBe(0);
  });
});
