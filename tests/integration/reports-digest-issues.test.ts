// The newsletter digest without `since`, on the MVO fixtures and a real Neo4j: the first one counts
// the last 30 days; once a digest is made (POST /api/v1/reports/digest/issues, or the command line
// without --preview) it is stored as a (:DigestIssue {madeAt, by}) and the next digest counts from
// it, so it lists only what is new; previews (GET, --preview) record nothing; `since` still overrides.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPath } from "../../src/services/import-service.ts";
import { createProject } from "../../src/services/entities/projects.ts";
import { buildReport } from "../../src/services/reports/report-service.ts";
import type { ReportDocument } from "../../src/reports/document.ts";
import { startHarness, type Harness } from "./http-harness.ts";
import { cliEnv } from "../support/cli-env.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;
const BIN = fileURLToPath(new URL("../../bin/diagonal.mjs", import.meta.url));
const DAY = 86_400_000;

const summary = (doc: ReportDocument) => (doc.sections.find((s) => s.id === "summary")!.blocks[0] as { text: string }).text;
const networks = (doc: ReportDocument) => doc.sections.find((s) => s.id === "networks")!.blocks.flatMap((b) => (b.type === "list" ? b.items : []));

describe("the digest starts from the last digest made", () => {
  let h: Harness;
  const issues = async () => (await h.test.rows<{ madeAt: string; by: string }>("MATCH (d:DigestIssue) RETURN toString(d.madeAt) AS madeAt, d.by AS by ORDER BY d.madeAt")).map((r) => ({ ...r, madeAt: new Date(r.madeAt).toISOString() }));
  const digest = async (query: Record<string, unknown> = {}) => (await buildReport(h.db, { kind: "digest", format: "json", lang: "nl", ...query })).document;

  beforeAll(async () => {
    h = await startHarness();
    await h.test.clear();
    await h.newTokens();
    await importPath(h.db, FIXTURES);
  });
  afterAll(async () => {
    await h.test.clear();
    await h.close();
  });

  it("on first use it counts the last 30 days, and looking records nothing", async () => {
    const before = Date.now();
    const doc = await digest();
    const since = Date.parse(doc.source.since!);
    expect(since).toBeGreaterThanOrEqual(before - 30 * DAY - 1000);
    expect(since).toBeLessThanOrEqual(Date.now() - 30 * DAY + 1000);
    // The fixture's 14 networks but the planned one (a public digest leaves planned networks out).
    expect(summary(doc)).toMatch(/^In de voorbije 30 dagen \(sinds \d{4}-\d{2}-\d{2}\): 13 nieuwe lerende netwerken/);
    const preview = await h.call("analyst", "GET", "/api/v1/reports/digest?format=md&lang=en");
    expect(preview.status).toBe(200);
    expect(preview.text).toContain("In the past 30 days");
    expect(await issues()).toEqual([]);
  });

  it("a digest made over HTTP is recorded (coordinators only), and the next one lists only what is new since", async () => {
    expect((await h.call("analyst", "POST", "/api/v1/reports/digest/issues?format=md")).status).toBe(403);
    expect(await issues()).toEqual([]);
    const made = await h.call("coordinator", "POST", "/api/v1/reports/digest/issues?format=md");
    expect(made.status).toBe(200);
    expect(made.text).toContain("13 nieuwe lerende netwerken");
    const [issue] = await issues();
    expect(issue!.by).toBe("test coordinator");

    await createProject(h.db, { id: "ln-digest-nieuw", name: "Nieuw netwerk na de nieuwsbrief", status: "active", start: "2026" } as never);
    const next = await digest();
    expect(next.source.since).toBe(issue!.madeAt);
    expect(summary(next)).toMatch(/^Sinds de vorige nieuwsbrief \(\d{4}-\d{2}-\d{2}\): 1 nieuwe lerende netwerken/);
    expect(networks(next)).toEqual(["Nieuw netwerk na de nieuwsbrief"]);
    // `since` still overrides the last issue.
    expect(networks(await digest({ since: "2000-01-01" }))).toHaveLength(14);
    expect(await issues()).toHaveLength(1);
  });

  it("the command line records a digest it makes, but not a --preview", async () => {
    const env = cliEnv();
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, "report", "digest", "--format", "md", "--lang", "en", ...args], { env, encoding: "utf8", timeout: 120_000 });
    const preview = run("--preview");
    expect(preview.status, preview.stderr).toBe(0);
    expect(preview.stdout).toContain("Since the previous newsletter");
    expect(preview.stdout).toContain("Nieuw netwerk na de nieuwsbrief");
    expect(await issues()).toHaveLength(1);
    const made = run();
    expect(made.status, made.stderr).toBe(0);
    expect(made.stderr).toMatch(/recorded this digest/);
    const recorded = await issues();
    expect(recorded).toHaveLength(2);
    expect(recorded[1]!.by).toMatch(/^cli:/);
    expect(networks(await digest())).toEqual([]);
  });
});
