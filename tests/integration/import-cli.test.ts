// `diagonal import` end to end: the exit code, one line per problem on stderr, the summary on stdout.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, type TestDb } from "../support/neo4j.ts";
import { cliEnv } from "../support/cli-env.ts";

const BIN = fileURLToPath(new URL("../../bin/diagonal.mjs", import.meta.url));

describe("diagonal import", () => {
  let t: TestDb;
  let dir: string;
  const run = (...args: string[]) => {
    const env = cliEnv();
    return spawnSync(process.execPath, [BIN, "import", ...args], { env, encoding: "utf8", timeout: 120_000 });
  };

  beforeAll(async () => {
    t = await testDb();
    await t.clear();
    dir = await mkdtemp(join(tmpdir(), "diagonal-cli-"));
    await writeFile(join(dir, "themes.csv"), "id,nameNl,nameEn\ntalent,Talentontwikkeling,Talent development\n");
    await writeFile(join(dir, "projects.csv"), "id,name,start\np1,Netwerk Een,2020-01-01\n");
    await writeFile(join(dir, "partners.csv"), "id,name,kind\na1,vzw De Kringwinkel,social-economy\na2,De Kringwinkel VZW,social-economy\n");
  });
  afterAll(async () => {
    await t.clear();
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("--dry-run prints merges and the summary, writes nothing, exits 0", () => {
    const r = run(dir, "--dry-run");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("partner a1 ← a2: same name after normalisation: de kringwinkel");
    expect(r.stdout).toMatch(/^dry run, nothing written; would import: 1 theme \(1 new, 0 updated\), 1 project \(1 new, 0 updated\), 2 partners \(1 new, 0 updated, 1 merged\) in \d+\.\ds$/m);
    expect(r.stderr).toBe(""); // not a terminal: no progress bar
  });

  it("imports, then refuses a bad file with one line per problem and a non-zero exit", async () => {
    expect(run(dir).status).toBe(0);
    expect(await t.count("Partner")).toBe(1);
    await writeFile(join(dir, "participations.csv"), "partner,project,role\na1,p1,boss\na2,p9,partner\n");
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      'participations.csv row 2, column role: expected one of: promoter, partner, expert, observer, got "boss"',
      "diagonal: 1 problem in the import; nothing was written",
    ]);
    expect(await t.rows("MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r) AS n")).toEqual([{ n: 0 }]);
  });
});
