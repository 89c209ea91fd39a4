// Undo and deciding again, against a real Neo4j, through the one service the CLI and the API call:
// undo walks back one decision at a time with its collaboration (removed, made again), the pair's
// first decision undone opens it again (back in the suggestions), nothing left to undo is refused
// without writing, a stale version writes nothing, and the list filters by status and period.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { DecisionChangedError } from "../../src/errors.ts";
import { countSuggestions, decideSuggestion, findDecisions, getDecision, getSuggestions, redecidePair, runAnalysis, undoDecision, type StoredSuggestion } from "../../src/services/analysis/index.ts";
import { importPath } from "../../src/services/import-service.ts";
import { graphDump } from "../support/graph-dump.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;

describe("undo and deciding again", () => {
  let t: TestDb;
  let db: Database;
  let s: StoredSuggestion;
  const links = async () =>
    (await t.rows<{ source: string }>("MATCH (:Project {id: $a})-[c:COLLABORATES_WITH]-(:Project {id: $b}) RETURN c.source AS source", { a: s.a, b: s.b })).map((r) => r.source);
  const inInbox = async () => (await getSuggestions(db, { project: s.a, limit: 500 })).some((x) => x.pairKey === s.pairKey);

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
    await importPath(db, FIXTURES);
    await runAnalysis(db, { seed: 5 });
    [s] = await getSuggestions(db, { limit: 1 }) as [StoredSuggestion];
  }, 240_000);
  afterAll(async () => { await t.clear(); await t.close(); });

  it("walks back one decision at a time, with the collaboration", async () => {
    await decideSuggestion(db, s.id, "accept", "kick-off", "Ann");
    expect(await links()).toEqual(["suggestion"]);
    await redecidePair(db, s.pairKey, "reject", "toch niet", { by: "Bob" });
    expect(await links()).toEqual([]);

    const back = await undoDecision(db, s.pairKey, { by: "Ann", expectedVersion: 2 });
    expect(back).toMatchObject({ decision: "accepted", version: 3, decidedBy: "Ann", madeCollaboration: true });
    expect(await links()).toEqual(["suggestion"]);
    expect(back.history.at(-1)).toMatchObject({ action: "undo", decision: "accepted", previous: "rejected", undoes: 2 });
    expect(back.history[1]).toMatchObject({ decision: "rejected", undoneBy: "Ann" });

    const open = await undoDecision(db, s.pairKey, { by: "Ann" });
    expect(open).toMatchObject({ decision: "open", version: 4, madeCollaboration: false });
    expect(await links()).toEqual([]);
    // Open again: suggested again, in the inbox.
    expect(await inInbox()).toBe(true);
    expect((await findDecisions(db, { decision: "open" })).items.map((d) => d.pairKey)).toEqual([s.pairKey]);
  });

  it("refuses to undo when nothing is left, and a stale version, writing nothing", async () => {
    const before = await graphDump(t);
    await expect(undoDecision(db, s.pairKey, { by: "Ann" })).rejects.toThrow(/nothing to undo/);
    const stale = await redecidePair(db, s.pairKey, "accept", undefined, { by: "Bob", expectedVersion: 1 }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(DecisionChangedError);
    expect((stale as DecisionChangedError).current).toMatchObject({ pairKey: s.pairKey, version: 4, decision: "open", decidedBy: "Ann" });
    expect(await graphDump(t)).toEqual(before);
  });

  it("decides an open pair again from its suggestion, and the history keeps every step in order", async () => {
    const d = await decideSuggestion(db, s.id, "accept", "nu wel", "Bob", 4);
    expect(d).toMatchObject({ decision: "accepted", version: 5 });
    expect(await links()).toEqual(["suggestion"]);
    expect(await inInbox()).toBe(false);
    const full = await getDecision(db, s.pairKey);
    expect(full.history.map((e) => [e.version, e.action, e.decision, e.previous ?? null])).toEqual([
      [1, "decide", "accepted", null],
      [2, "decide", "rejected", "accepted"],
      [3, "undo", "accepted", "rejected"],
      [4, "undo", "open", "accepted"],
      [5, "decide", "accepted", "open"],
    ]);
    expect(full.aName && full.bName).toBeTruthy();
  });

  it("filters the list by period, and names an unknown pair", async () => {
    expect((await findDecisions(db, { until: "2000-01-01T00:00:00Z" })).total).toBe(0);
    expect((await findDecisions(db, { since: "2000-01-01T00:00:00Z", until: "2999-01-01T00:00:00Z" })).total).toBe(1);
    await expect(getDecision(db, "nope|nada")).rejects.toThrow(/decision on pair "nope\|nada" not found/);
    await expect(redecidePair(db, "not a pair", "accept")).rejects.toThrow(/pair key/);
  });

  it("counts the inbox's suggestions over every page, for each filter, and names each network's status", async () => {
    const [theme] = await t.rows<{ id: string }>("MATCH (t:Theme)<-[:ADDRESSES]-(:Project) RETURN t.id AS id ORDER BY t.id LIMIT 1");
    const queries = [{}, { project: s.a }, { theme: theme!.id }, { status: "completed" as const }, { status: "planned" as const }, { community: 0 }, { project: s.a, status: "active" as const }, { diagonalOnly: true }];
    for (const q of queries) {
      const all = await getSuggestions(db, { ...q, limit: 500 });
      expect(await countSuggestions(db, q), JSON.stringify(q)).toBe(all.length);
    }
    const planned = await getSuggestions(db, { status: "planned", limit: 500 });
    expect(planned.every((x) => x.aStatus === "planned" || x.bStatus === "planned")).toBe(true);
    const [first] = await getSuggestions(db, { limit: 1 });
    expect(first!.aStatus && first!.aStart).toBeTruthy();
  });

  it("does not accept a pair one of whose networks was removed", async () => {
    await undoDecision(db, s.pairKey, { by: "Ann" });
    await t.rows("MATCH (p:Project {id: $b}) DETACH DELETE p", { b: s.b });
    await expect(redecidePair(db, s.pairKey, "accept", undefined, { by: "Ann" })).rejects.toThrow(/no longer exists/);
    expect((await getDecision(db, s.pairKey)).decision).toBe("open");
  });
});
