// The analysis service against a real Neo4j, on the illustrative MVO fixtures: runs are stored
// whole, decisions hold for the pair across runs, a rejected pair comes back only when its data
// changes, accepting links the networks, runs can be compared, and bad input writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { importPath } from "../../src/services/import-service.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../src/errors.ts";
import {
  decideSuggestion, diffRuns, getCommunities, getOpportunities, getRun, getSuggestions, listRuns, runAnalysis,
} from "../../src/services/analysis/index.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;

describe("analysis service", () => {
  let t: TestDb;
  let db: Database;
  const nodeCounts = async () =>
    Object.fromEntries(await Promise.all(["AnalysisRun", "Suggestion", "Opportunity", "Decision"].map(async (l) => [l, await t.count(l)] as const)));
  const pairsOfRun = async (runId: string) =>
    (await t.rows<{ k: string }>("MATCH (s:Suggestion {runId: $runId}) RETURN s.a + '|' + s.b AS k", { runId })).map((r) => r.k);

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
  });
  afterAll(async () => {
    await t.clear();
    await t.close();
  });

  describe("with too little data", () => {
    it("refuses an empty graph and a graph of one project, writing nothing", async () => {
      await expect(runAnalysis(db)).rejects.toThrow(ValidationError);
      await expect(runAnalysis(db)).rejects.toThrow(/at least two projects, and the database holds 0/);
      await t.rows("CREATE (:Project {id: 'only', name: 'Enig netwerk', start: date('2020-01-01'), status: 'active'})");
      await expect(runAnalysis(db)).rejects.toThrow(/at least two projects, and the database holds 1/);
      expect(await nodeCounts()).toEqual({ AnalysisRun: 0, Suggestion: 0, Opportunity: 0, Decision: 0 });
      expect(await getSuggestions(db)).toEqual([]);
      expect(await listRuns(db)).toEqual([]);
      await t.clear();
    });
  });

  describe("on the MVO fixtures", () => {
    let first: Awaited<ReturnType<typeof runAnalysis>>;

    beforeAll(async () => {
      await importPath(db, FIXTURES);
      first = await runAnalysis(db, { seed: 7 });
    });

    it("stores the run whole: run node, one community per project, suggestions and opportunities of the run", async () => {
      const projects = await t.count("Project");
      expect(first.counts.projects).toBe(projects);
      expect(first.counts.suggestions).toBeGreaterThan(0);
      const [r] = await t.rows<{ members: number; suggestions: number; opportunities: number; badPairs: number; resultLinks: number }>(
        `MATCH (r:AnalysisRun {id: $id})
         RETURN COUNT { (:Project)-[:IN_COMMUNITY]->(r) } AS members,
                COUNT { MATCH (s:Suggestion) WHERE s.runId = r.id } AS suggestions,
                COUNT { MATCH (o:Opportunity) WHERE o.runId = r.id } AS opportunities,
                COUNT { MATCH (s:Suggestion) WHERE s.runId = r.id AND NOT (EXISTS { (:Project {id: s.a}) } AND EXISTS { (:Project {id: s.b}) } AND s.a < s.b) } AS badPairs,
                COUNT { MATCH (s:Suggestion)-[x]-() WHERE s.runId = r.id } + COUNT { MATCH (o:Opportunity)-[x]-() WHERE o.runId = r.id } AS resultLinks`,
        { id: first.id },
      );
      // Results refer to their run and projects by property (indexed), without relationships.
      expect(r).toEqual({ members: projects, suggestions: first.counts.suggestions, opportunities: first.counts.opportunities, badPairs: 0, resultLinks: 0 });
      const ranks = await t.rows<{ rank: number }>("MATCH (s:Suggestion {runId: $id}) RETURN s.rank AS rank ORDER BY rank", { id: first.id });
      expect(ranks.map((x) => x.rank)).toEqual(ranks.map((_x, i) => i + 1));
      const run = await getRun(db, first.id);
      expect(run.params).toMatchObject({ seed: 7, resolution: 1, excludedPairs: 0 });
      expect(run.modularity).toBeCloseTo(first.modularity, 10);
      const communities = await getCommunities(db);
      expect(communities.flatMap((c) => c.projects).length).toBe(projects);
      expect(communities.length).toBe(first.counts.communities);
    });

    it("returns explained suggestions for a project, in Dutch and English, best first", async () => {
      const list = await getSuggestions(db, { project: "ln-talent-kmo", limit: 10 });
      expect(list.length).toBeGreaterThan(0);
      for (const s of list) {
        expect([s.a, s.b]).toContain("ln-talent-kmo");
        expect(s.reasons.nl.length).toBeGreaterThan(0);
        expect(s.reasons.en.length).toBe(s.reasons.nl.length);
        expect(s.runId).toBe(first.id);
      }
      expect(list.map((s) => s.score)).toEqual([...list.map((s) => s.score)].sort((x, y) => y - x));
      const diagonal = await getSuggestions(db, { diagonalOnly: true, limit: 500 });
      expect(diagonal.every((s) => s.diagonal)).toBe(true);
      const byTheme = await getSuggestions(db, { theme: "social-dialogue", limit: 500 });
      expect(byTheme.every((s) => s.a === "ln-sociaal-overleg" || s.b === "ln-sociaal-overleg")).toBe(true);
    });

    it("names unknown projects, themes, runs and suggestions instead of returning nothing", async () => {
      await expect(getSuggestions(db, { project: "no-such-network" })).rejects.toThrow(NotFoundError);
      await expect(getSuggestions(db, { project: "no-such-network" })).rejects.toThrow(/project "no-such-network" not found/);
      await expect(getSuggestions(db, { theme: "no-such-theme" })).rejects.toThrow(/theme "no-such-theme" not found/);
      await expect(getSuggestions(db, { runId: "run-missing" })).rejects.toThrow(NotFoundError);
      await expect(getRun(db, "run-missing")).rejects.toThrow(/analysis run "run-missing" not found/);
      await expect(diffRuns(db, first.id, "run-missing")).rejects.toThrow(NotFoundError);
      await expect(decideSuggestion(db, "s-nope", "accept")).rejects.toThrow(/suggestion "s-nope" not found/);
      await expect(getSuggestions(db, { limit: 0 })).rejects.toThrow(/limit: expected a whole number from 1 to 500/);
      await expect(getOpportunities(db, { kind: "nonsense" as never })).rejects.toThrow(/kind: expected one of: broker/);
    });

    it("rejects bad parameters with a clear message and writes nothing", async () => {
      const before = await nodeCounts();
      await expect(runAnalysis(db, { weights: { themes: -1 } })).rejects.toThrow(/weights\.themes: expected a number ≥ 0/);
      await expect(runAnalysis(db, { resolution: 0 })).rejects.toThrow(/resolution: expected a number > 0/);
      await expect(runAnalysis(db, { weights: { themes: 0, partners: 0, text: 0, outcomes: 0, complementarity: 0 } })).rejects.toThrow(ValidationError);
      expect(await nodeCounts()).toEqual(before);
    });

    it("leaves stored data exactly as it was when writing a run fails", async () => {
      const before = await nodeCounts();
      const memberships = async () => (await t.rows<{ n: number }>("MATCH ()-[c:IN_COMMUNITY]->() RETURN count(c) AS n"))[0]!.n;
      const membershipsBefore = await memberships();
      const failing = (stage: string, done: number) => {
        if (stage === "writing" && done > 0) throw new Error("disk full (simulated)");
      };
      await expect(runAnalysis(db, { seed: 7 }, failing)).rejects.toThrow(/disk full/);
      expect(await nodeCounts()).toEqual(before);
      expect(await memberships()).toBe(membershipsBefore);
      expect((await listRuns(db)).map((r) => r.id)).toEqual([first.id]);
    });

    it("gives the same communities with the same labels when nothing changed", async () => {
      const again = await runAnalysis(db, { seed: 7 });
      const diff = await diffRuns(db, first.id, again.id);
      expect(diff.communityChanges).toEqual([]);
      expect(diff.added).toEqual([]);
      expect(diff.dropped).toEqual([]);
      expect(diff.moved).toEqual([]);
      expect(await pairsOfRun(again.id)).toHaveLength(first.counts.suggestions);
    });

    it("keeps a rejection across runs, and suggests the pair again once its data changes materially", async () => {
      const [top] = await getSuggestions(db, { limit: 1 });
      const decision = await decideSuggestion(db, top!.id, "reject", "geen gedeelde doelgroep");
      expect(decision).toMatchObject({ pairKey: top!.pairKey, decision: "rejected", note: "geen gedeelde doelgroep", fingerprint: top!.fingerprint });
      // Hidden from the current run's list at once.
      expect((await getSuggestions(db, { limit: 500 })).map((s) => s.pairKey)).not.toContain(top!.pairKey);

      const rerun = await runAnalysis(db, { seed: 7 });
      expect(rerun.counts.excludedPairs).toBe(1);
      expect(await pairsOfRun(rerun.id)).not.toContain(top!.pairKey);
      expect(await t.count("Decision")).toBe(1);
      const before = (await listRuns(db))[1]!;
      const diff = await diffRuns(db, before.id, rerun.id);
      expect(diff.dropped.map((d) => d.pairKey)).toContain(top!.pairKey);
      // The diff says why the pair left: it was decided, not changed.
      expect(diff.dropped.find((d) => d.pairKey === top!.pairKey)?.decided?.decision).toBe("rejected");
      expect(diff.dropped.filter((d) => d.pairKey !== top!.pairKey).every((d) => d.decided === undefined)).toBe(true);

      // A material change: a new organisation joins both networks.
      await t.rows(
        `CREATE (x:Partner {id: 'nieuwe-partner', name: 'Nieuwe Partner vzw', kind: 'ngo', activeIn: 'north'})
         WITH x MATCH (p:Project) WHERE p.id IN [$a, $b] CREATE (x)-[:PARTICIPATES_IN {role: 'partner'}]->(p)`,
        { a: top!.a, b: top!.b },
      );
      const changed = await runAnalysis(db, { seed: 7 });
      expect(changed.counts.excludedPairs).toBe(0);
      expect(await pairsOfRun(changed.id)).toContain(top!.pairKey);
      const back = (await getSuggestions(db, { project: top!.a, limit: 500 })).find((s) => s.pairKey === top!.pairKey);
      expect(back?.evidence.sharedPartners.join(" ")).toMatch(/nieuwe-partner|Nieuwe Partner/);
    });

    it("links accepted pairs as collaborating and stops suggesting them", async () => {
      const [top] = await getSuggestions(db, { limit: 1 });
      const decision = await decideSuggestion(db, top!.id, "accept");
      expect(decision.decision).toBe("accepted");
      const links = await t.rows<{ source: string; today: boolean }>(
        "MATCH (:Project {id: $a})-[c:COLLABORATES_WITH]-(:Project {id: $b}) RETURN c.source AS source, c.since = date() AS today",
        { a: top!.a, b: top!.b },
      );
      expect(links).toEqual([{ source: "suggestion", today: true }]);
      // Accepting twice does not duplicate the relationship.
      await decideSuggestion(db, top!.id, "accept");
      expect(await t.rows("MATCH (:Project {id: $a})-[c:COLLABORATES_WITH]-(:Project {id: $b}) RETURN c", { a: top!.a, b: top!.b })).toHaveLength(1);
      const rerun = await runAnalysis(db, { seed: 7 });
      expect(await pairsOfRun(rerun.id)).not.toContain(top!.pairKey);
      expect((await getSuggestions(db, { limit: 500 })).map((s) => s.pairKey)).not.toContain(top!.pairKey);
    });

    it("lists runs newest first and keeps earlier runs", async () => {
      const runs = await listRuns(db);
      expect(runs.length).toBe(await t.count("AnalysisRun"));
      expect(runs.length).toBeGreaterThanOrEqual(5);
      expect(runs.map((r) => r.startedAt)).toEqual([...runs.map((r) => r.startedAt)].sort().reverse());
      expect(runs.at(-1)!.id).toBe(first.id);
    });

    it("diffs runs with different parameters into new, dropped and moved suggestions", async () => {
      const latest = (await listRuns(db))[0]!;
      const other = await runAnalysis(db, { seed: 7, weights: { text: 0, outcomes: 0 }, suggestionsPerProject: 2 });
      const diff = await diffRuns(db, latest.id, other.id);
      const [before, after] = [new Set(await pairsOfRun(latest.id)), new Set(await pairsOfRun(other.id))];
      expect(diff.added.every((s) => after.has(s.pairKey) && !before.has(s.pairKey))).toBe(true);
      expect(diff.dropped.every((s) => before.has(s.pairKey) && !after.has(s.pairKey))).toBe(true);
      expect(diff.added.length - diff.dropped.length).toBe(after.size - before.size);
      expect(diff.added.length + diff.dropped.length + diff.moved.length).toBeGreaterThan(0);
    });

    it("refuses a second run while one is in progress", async () => {
      const runsBefore = await t.count("AnalysisRun");
      const [x, y] = await Promise.allSettled([runAnalysis(db, { seed: 7 }), runAnalysis(db, { seed: 7 })]);
      expect(x.status).toBe("fulfilled");
      expect(y.status === "rejected" && y.reason).toBeInstanceOf(ConflictError);
      expect(await t.count("AnalysisRun")).toBe(runsBefore + 1);
    });

    it("stores opportunities with reasons, filterable by kind", async () => {
      const all = await getOpportunities(db, { limit: 500 });
      expect(all.length).toBe((await listRuns(db))[0]!.counts.opportunities);
      for (const o of all) expect(o.reasons.nl.length + o.reasons.en.length).toBeGreaterThan(0);
      const kind = all[0]?.kind;
      if (kind) expect((await getOpportunities(db, { kind })).every((o) => o.kind === kind)).toBe(true);
    });
  });
});
