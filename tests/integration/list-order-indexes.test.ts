// The lists' first pages are read in index order: for the default sort of the partner, project
// and outcome lists, Neo4j's plan scans the name (title) index and stops at the page (a partial
// top-k or a partial sort under a limit), instead of reading and sorting every node; other sort orders still sort only the page.
// Checked on the plans Neo4j makes (EXPLAIN), not on timings.
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, type TestDb } from "../support/neo4j.ts";
import { queryPlan } from "../support/query-plans.ts";

let t: TestDb;
beforeAll(async () => { t = await testDb(); });
afterAll(async () => { await t.close(); });

const plan = (name: string, params: Record<string, unknown>) => queryPlan(t.driver, t.database, name, params);

const page = { offset: neo4j.int(0), limit: neo4j.int(50), desc: false, hiddenStatuses: ["planned"] };
const lists: [string, string, string, Record<string, unknown>][] = [
  ["entities/partner-list", "Partner(name)", "name", { kind: null, activeIn: null, region: null, q: null, project: null }],
  ["entities/project-list", "Project(name)", "name", { status: null, region: null, q: null, theme: null, partner: null }],
  ["entities/outcome-list", "Outcome(title)", "title", { kind: null, project: null, q: null, theme: null }],
];

describe("list queries", () => {
  for (const [name, index, sort, filters] of lists) {
    it(`${name}: the default order comes from the ${index} index, and only the page is sorted`, async () => {
      const ops = await plan(name, { ...page, ...filters, sort });
      const scans = ops.filter((o) => /NodeIndexScan/.test(o.operatorType) && String(o.arguments.Details ?? "").includes(`:${index}`));
      expect(scans.length, `${name} scans ${index}`).toBeGreaterThan(0);
      // A partial top-k, or a partial sort (of ties only) under a limit: both stop at the page.
      expect(ops.some((o) => /^Partial(Top|Sort)@/.test(o.operatorType)), `${name} stops at the page`).toBe(true);
      // The other sort orders keep only the page too (a top-k, not a sort of every match).
      expect(ops.some((o) => /^Top@/.test(o.operatorType)), `${name} sorts other orders as a top-k`).toBe(true);
    });
  }
});
