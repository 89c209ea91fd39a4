// Every reader of stored suggestions finds them through an index (runId with rank, a or b), never by
// scanning all suggestions, and finds a pair's decision through the unique pair key, now that a run
// no longer stores the pair key on its suggestions (it is derived as a + '|' + b when read).
// Checked on the plans Neo4j makes (EXPLAIN), not on timings.
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cypher } from "../../src/db/index.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";
import { queryPlan, type PlanOperator } from "../support/query-plans.ts";

let t: TestDb;
beforeAll(async () => { t = await testDb(); });
afterAll(async () => { await t.close(); });

const plan = (name: string, params: Record<string, unknown>) => queryPlan(t.driver, t.database, name, params);

const page = { offset: neo4j.int(0), limit: neo4j.int(50) };
const filters = { runId: "run-x", diagonalOnly: false, community: null, statuses: null };
const readers: [string, Record<string, unknown>][] = [
  ["analysis/list-suggestions", { ...filters, ...page }],
  ["analysis/list-project-suggestions", { ...filters, ...page, project: "p1", theme: null }],
  ["analysis/list-theme-suggestions", { ...filters, ...page, theme: "t1" }],
  ["analysis/count-suggestions", { ...filters, project: "p1", theme: null }],
  ["analysis/get-suggestion", { id: "s-p1--p2-run-x", parts: [{ runId: "run-x", a: "p1", b: "p2" }] }],
  ["analysis/lock-suggestion-decision", { id: "s-p1--p2-run-x", parts: [{ runId: "run-x", a: "p1", b: "p2" }], token: "t" }],
  ["analysis/run-suggestion-ranks", { runId: "run-x" }],
  ["exports/run-suggestions", { runId: "run-x" }],
  ["reports/decision-shares", { runId: "run-x" }],
  ["reports/since-suggestions", { runId: "run-x", project: null, hiddenStatuses: [], theme: null, baseRunId: "run-w", limit: neo4j.int(10) }],
];

const details = (o: PlanOperator) => String(o.arguments.Details ?? "");

describe("readers of stored suggestions", () => {
  for (const [name, params] of readers) {
    it(`${name} seeks suggestions and decisions through indexes`, async () => {
      const ops = await plan(name, params);
      const scans = ops.filter((o) => /AllNodesScan|NodeByLabelScan/.test(o.operatorType) && /:Suggestion\b/.test(details(o)));
      expect(scans.map(details), `${name} scans no label`).toEqual([]);
      expect(ops.some((o) => /IndexSeek/.test(o.operatorType) && /:Suggestion\(/.test(details(o))), `${name} seeks Suggestion in an index`).toBe(true);
      // A pair's decision (decision-shares also counts every decision, by design, with a scan).
      if (/Decision \{pairKey/.test(cypher(name))) {
        expect(ops.some((o) => /UniqueIndexSeek/.test(o.operatorType) && /:Decision\(pairKey\)/.test(details(o))), `${name} seeks the Decision by pair key`).toBe(true);
      }
    });
  }
});
