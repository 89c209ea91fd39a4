// `diagonal import jobs` and `diagonal import undo` end to end: the import is audited with who
// (--by, or cli:<user>) and what changed; `undo <job> --dry-run` changes nothing (the flag is the
// undo's, never the import's); `undo <job>` restores the graph; a second undo is refused.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, type TestDb } from "../support/neo4j.ts";
import { cliEnv } from "../support/cli-env.ts";

const BIN = fileURLToPath(new URL("../../bin/diagonal.mjs", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../../fixtures/mvo/", import.meta.url));

describe("diagonal import jobs / undo", () => {
  let t: TestDb;
  const run = (...args: string[]) => {
    const env = cliEnv();
    return spawnSync(process.execPath, [BIN, "import", ...args], { env, encoding: "utf8", timeout: 120_000 });
  };
  const domain = async () => (await t.rows<{ n: number }>("MATCH (n) WHERE n:Theme OR n:Project OR n:Partner OR n:Outcome RETURN count(n) AS n"))[0]!.n;

  beforeAll(async () => {
    t = await testDb();
    await t.clear();
  });
  afterAll(async () => { await t.clear(); await t.close(); });

  it("audits a CLI import, and undoes it only when not a dry run", async () => {
    const imported = run(FIXTURES, "--by", "Ann (coördinator)");
    expect(imported.status, imported.stderr).toBe(0);
    const job = /^import (import-\S+) \(undo: diagonal import undo \1\)$/m.exec(imported.stdout)?.[1];
    expect(job).toBeDefined();
    const jobs = JSON.parse(run("jobs", "--json").stdout) as { id: string; by: string; mode: string; files: string[]; summary: string }[];
    expect(jobs[0]).toMatchObject({ id: job, by: "Ann (coördinator)", mode: "plain" });
    expect(jobs[0]!.files).toContain("projects.csv");
    expect(jobs[0]!.summary).toMatch(/^imported: 8 themes/);
    const stored = await domain();

    const dry = run("undo", job!, "--dry-run");
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("would remove 14 projects it created: ");
    expect(await domain()).toBe(stored);

    const undone = run("undo", job!);
    expect(undone.status, undone.stderr).toBe(0);
    expect(await domain()).toBe(0);
    const again = run("undo", job!);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already undone .* by cli:.*; an undo cannot be undone/);
  });
});
