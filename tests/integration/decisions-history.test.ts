// Decisions with history against a real Neo4j: each decision is appended with who and when (a
// later note never overwrites an earlier one), rejecting an accepted pair removes the
// collaboration that accepting made (and only that one), decisions can be listed with filters,
// and a pair suggested again after a rejection carries its history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { decideSuggestion, decisionsOfPairs, findDecisions, getSuggestions, runAnalysis } from "../../src/services/analysis/index.ts";
import { importPath } from "../../src/services/import-service.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;

describe("decisions with history", () => {
  let t: TestDb;
  let db: Database;
  const links = (a: string, b: string) =>
    t.rows<{ source: string }>("MATCH (:Project {id: $a})-[c:COLLABORATES_WITH]-(:Project {id: $b}) RETURN c.source AS source", { a, b });

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
    await importPath(db, FIXTURES);
    await runAnalysis(db, { seed: 7 });
  });
  afterAll(async () => { await t.clear(); await t.close(); });

  it("appends each decision with who and when, and undoes an acceptance's collaboration on rejection", async () => {
    const [top] = await getSuggestions(db, { limit: 1 });
    const accepted = await decideSuggestion(db, top!.id, "accept", "kick-off in maart", "Ann (coordinator)");
    expect(accepted).toMatchObject({ decision: "accepted", decidedBy: "Ann (coordinator)" });
    expect(await links(top!.a, top!.b)).toEqual([{ source: "suggestion" }]);

    const rejected = await decideSuggestion(db, top!.id, "reject", "toch geen gedeelde doelgroep", "Bob");
    expect(rejected.decision).toBe("rejected");
    expect(rejected.note).toBe("toch geen gedeelde doelgroep");
    expect(rejected.history.map((e) => [e.decision, e.by, e.note, e.previous ?? null])).toEqual([
      ["accepted", "Ann (coordinator)", "kick-off in maart", null],
      ["rejected", "Bob", "toch geen gedeelde doelgroep", "accepted"],
    ]);
    expect(rejected.history.every((e) => typeof e.at === "string" && e.at.length > 0)).toBe(true);
    // The collaboration that accepting made is gone: never silently inconsistent.
    expect(await links(top!.a, top!.b)).toEqual([]);
  });

  it("never removes a collaboration that came from data when a pair is rejected", async () => {
    const [, second] = await getSuggestions(db, { limit: 2 });
    await t.rows("MATCH (a:Project {id: $a}), (b:Project {id: $b}) CREATE (a)-[:COLLABORATES_WITH {source: 'network meeting'}]->(b)", { a: second!.a, b: second!.b });
    await decideSuggestion(db, second!.id, "accept", undefined, "Ann (coordinator)");
    await decideSuggestion(db, second!.id, "reject", undefined, "Ann (coordinator)");
    expect(await links(second!.a, second!.b)).toEqual([{ source: "network meeting" }]);
  });

  it("lists decisions with filters, each with its history", async () => {
    const all = await findDecisions(db);
    expect(all.total).toBe(2);
    expect(all.items.every((d) => d.decision === "rejected" && d.history.length === 2)).toBe(true);
    expect((await findDecisions(db, { by: "Bob" })).items).toHaveLength(1);
    expect((await findDecisions(db, { decision: "accepted" })).total).toBe(0);
    const [top] = all.items;
    expect((await findDecisions(db, { project: top!.a })).items.map((d) => d.pairKey)).toContain(top!.pairKey);
    expect((await findDecisions(db, { since: "2999-01-01T00:00:00Z" })).total).toBe(0);
    await expect(findDecisions(db, { since: "yesterday" })).rejects.toThrow(/since/);
  });

  it("a pair suggested again after a rejection carries its history", async () => {
    const [first] = (await findDecisions(db, { by: "Bob" })).items;
    // A material change brings the pair back.
    await t.rows(
      `CREATE (x:Partner {id: 'nieuwe-partner', name: 'Nieuwe Partner vzw', kind: 'ngo', activeIn: 'north'})
       WITH x MATCH (p:Project) WHERE p.id IN [$a, $b] CREATE (x)-[:PARTICIPATES_IN {role: 'partner'}]->(p)`,
      { a: first!.a, b: first!.b },
    );
    await runAnalysis(db, { seed: 7 });
    const back = (await getSuggestions(db, { project: first!.a, limit: 500 })).find((s) => s.pairKey === first!.pairKey);
    expect(back).toBeDefined();
    const earlier = await decisionsOfPairs(db, [back!.pairKey]);
    expect(earlier.get(back!.pairKey)?.history.map((e) => e.decision)).toEqual(["accepted", "rejected"]);
  });
});
