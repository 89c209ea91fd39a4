// `diagonal partners …` end to end: an import prints the likely duplicates it found, `partners
// duplicates` lists them, `merge --dry-run` writes nothing, `merge` and `unmerge` change the graph
// and back, and refusals exit non-zero with a message naming the id.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPath } from "../../src/services/import-service.ts";
import { graphDump } from "../support/graph-dump.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";
import { cliEnv } from "../support/cli-env.ts";

const BIN = fileURLToPath(new URL("../../bin/diagonal.mjs", import.meta.url));

describe("diagonal partners", () => {
  let t: TestDb;
  const run = (...args: string[]) => {
    const env = cliEnv();
    return spawnSync(process.execPath, [BIN, ...args], { env, encoding: "utf8", timeout: 120_000 });
  };

  beforeAll(async () => {
    t = await testDb();
    await t.clear();
    await importPath(t.db, "fixtures/mvo");
  });
  afterAll(async () => {
    await t.clear();
    await t.close();
  });

  it("lists, merges with a dry run first, undoes, and refuses bad ids", async () => {
    const imported = run("import", "fixtures/duplicates/import");
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('possible duplicate 0.90: hogeschool-leiestad "Hogeschool Leiestad" (stored) ~ hs-leiestadt "Hogeschool Leiestadt": nearly the same name');
    expect(imported.stdout).toContain("mogelijk dubbel: bijna dezelfde naam");

    const listed = run("partners", "duplicates", "--min-confidence", "0.8");
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain("hs-leiestadt");
    expect(listed.stdout).not.toContain("schakel-gent"); // 0.70: below --min-confidence

    const before = await graphDump(t);
    const dry = run("partners", "merge", "hogeschool-leiestad", "hs-leiestadt", "--dry-run");
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('would merge hs-leiestadt "Hogeschool Leiestadt" into hogeschool-leiestad "Hogeschool Leiestad"');
    expect(await graphDump(t)).toEqual(before);

    const merged = run("partners", "merge", "hogeschool-leiestad", "hs-leiestadt");
    expect(merged.status).toBe(0);
    const mergeId = /undo with: diagonal partners unmerge (\S+)/.exec(merged.stdout)![1]!;
    expect(await t.rows("MATCH (m:PartnerMerge) RETURN m.by STARTS WITH 'cli:' AS cli")).toEqual([{ cli: true }]);

    const same = run("partners", "merge", "hogeschool-leiestad", "hogeschool-leiestad");
    expect(same.status).not.toBe(0);
    expect(same.stderr).toContain("keep and drop are the same id");
    const unknown = run("partners", "merge", "hogeschool-leiestad", "nobody");
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('partner "nobody" not found');

    const undone = run("partners", "unmerge", mergeId);
    expect(undone.status).toBe(0);
    expect(undone.stdout).toContain("undid merge");
    const after = await graphDump(t);
    expect({ ...after, nodes: after.nodes.filter((n) => !n.includes('"PartnerMerge"')) }).toEqual(before);
    expect(run("partners", "merges").stdout).toContain("undone by cli:");
  }, 300_000);
});
