// Decisions that cannot race, over real HTTP against a real Neo4j: bursts of 20 accept/reject
// requests on one pair fired at once always end with a decision and a collaboration that agree and
// a history that is one consistent sequence; requests that send the version they saw get exactly
// one winner and 409 decision-changed (naming the current state) for every other, writing nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAnalysis } from "../../src/services/analysis/index.ts";
import { importPath } from "../../src/services/import-service.ts";
import { startHarness, type Harness } from "./http-harness.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;
const BURSTS = 5;
const PER_BURST = 20;

let h: Harness;
let suggestion: { id: string; a: string; b: string; pairKey: string };

interface Event { action: string; decision: string; previous?: string; version?: number }

async function pairInGraph(a: string, b: string) {
  const [row] = await h.test.rows<{ decision: string | null; version: number | null; made: boolean | null; links: string[]; events: number; locked: boolean }>(`
    MATCH (d:Decision {pairKey: $pairKey})
    RETURN d.decision AS decision, d.version AS version, d.madeCollaboration AS made, d.lockToken IS NOT NULL AS locked,
           COLLECT { MATCH (:Project {id: $a})-[c:COLLABORATES_WITH]-(:Project {id: $b}) RETURN c.source } AS links,
           COUNT { (d)-[:HAS_EVENT]->() } AS events`, { pairKey: suggestion.pairKey, a, b });
  return row!;
}

/** Every step follows the one before: versions 1, 2, 3 … and each step's previous state is the state the step before left. */
function expectConsistentSequence(history: Event[]) {
  history.forEach((e, i) => {
    expect(e.version).toBe(i + 1);
    if (i === 0) expect(e.previous).toBeUndefined();
    else expect(e.previous).toBe(history[i - 1]!.decision);
  });
}

beforeAll(async () => {
  h = await startHarness();
  await h.test.clear();
  await importPath(h.db, FIXTURES);
  await h.newTokens();
  await runAnalysis(h.db, { seed: 3 });
  const list = await h.call("analyst", "GET", "/api/v1/suggestions?limit=1");
  const s = list.json.items[0] as { id: string; a: string; b: string };
  suggestion = { ...s, pairKey: s.a < s.b ? `${s.a}|${s.b}` : `${s.b}|${s.a}` };
}, 240_000);

afterAll(async () => {
  await h?.test.clear();
  await h?.close();
});

describe("decisions on one pair, fired in parallel", () => {
  it(`${BURSTS} bursts of ${PER_BURST} concurrent accept/reject requests: the decision and the collaboration always agree`, async () => {
    const path = `/api/v1/suggestions/${encodeURIComponent(suggestion.id)}/decision`;
    for (let burst = 0; burst < BURSTS; burst++) {
      const answers = await Promise.all(Array.from({ length: PER_BURST }, (_, i) =>
        h.call("coordinator", "POST", path, { decision: (i + burst) % 2 === 0 ? "accept" : "reject", note: `burst ${burst} request ${i}` })));
      expect(answers.map((a) => a.status)).toEqual(Array(PER_BURST).fill(200));

      const graph = await pairInGraph(suggestion.a, suggestion.b);
      const steps = (burst + 1) * PER_BURST;
      expect(graph.version, `burst ${burst}: one version per request`).toBe(steps);
      expect(graph.events).toBe(steps);
      expect(graph.locked).toBe(false);
      // The decision and the collaboration agree, whatever order the requests were taken in.
      if (graph.decision === "accepted") {
        expect(graph.links, `burst ${burst}: accepted but not collaborating`).toEqual(["suggestion"]);
        expect(graph.made).toBe(true);
      } else {
        expect(graph.decision).toBe("rejected");
        expect(graph.links, `burst ${burst}: rejected but still collaborating`).toEqual([]);
        expect(graph.made).toBe(false);
      }
      // Each answer saw its own step: all versions differ.
      expect(new Set(answers.map((a) => a.json.version)).size).toBe(PER_BURST);

      const history = (await h.call("analyst", "GET", `/api/v1/decisions/${encodeURIComponent(suggestion.pairKey)}`)).json;
      expect(history.decision).toBe(graph.decision);
      expect(history.version).toBe(steps);
      expect(history.history).toHaveLength(steps);
      expectConsistentSequence(history.history);
      expect(history.history.at(-1).decision).toBe(graph.decision);
    }
  }, 300_000);

  it("two tabs that saw the same version: the first wins, every other gets 409 decision-changed naming the current state", async () => {
    const seen = (await h.call("analyst", "GET", `/api/v1/decisions/${encodeURIComponent(suggestion.pairKey)}`)).json as { version: number; decision: string };
    const before = await pairInGraph(suggestion.a, suggestion.b);
    const target = seen.decision === "accepted" ? "reject" : "accept";
    const answers = await Promise.all(Array.from({ length: PER_BURST }, (_, i) =>
      h.call("coordinator", "POST", `/api/v1/decisions/${encodeURIComponent(suggestion.pairKey)}`, { decision: i % 2 ? target : seen.decision === "accepted" ? "accept" : "reject", version: seen.version })));
    const won = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 409);
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(PER_BURST - 1);
    const winner = won[0]!.json as { version: number; decision: string; decidedBy: string };
    expect(winner.version).toBe(seen.version + 1);
    for (const r of refused) {
      expect(r.json.type).toMatch(/decision-changed$/);
      expect(r.json.details.current).toMatchObject({ pairKey: suggestion.pairKey, version: winner.version, decision: winner.decision, decidedBy: "test coordinator" });
      expect(r.json.details.expectedVersion).toBe(seen.version);
      expect(r.json.detail).toContain(`it is now ${winner.decision} (version ${winner.version}`);
    }
    const after = await pairInGraph(suggestion.a, suggestion.b);
    expect(after.events).toBe(before.events + 1);
    expect(after.decision).toBe(winner.decision);
    expect(after.links).toEqual(winner.decision === "accepted" ? ["suggestion"] : []);
  }, 120_000);

  it("If-Match carries the version as well; a malformed one is a 400 naming the header", async () => {
    const seen = (await h.call("analyst", "GET", `/api/v1/decisions/${encodeURIComponent(suggestion.pairKey)}`)).json as { version: number };
    const path = `/api/v1/decisions/${encodeURIComponent(suggestion.pairKey)}/undo`;
    const stale = await h.call("coordinator", "POST", path, {}, { "if-match": `"${seen.version - 1}"` });
    expect(stale.status).toBe(409);
    expect(stale.json.details.current.version).toBe(seen.version);
    const bad = await h.call("coordinator", "POST", path, {}, { "if-match": "yesterday" });
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toContain("If-Match");
    const ok = await h.call("coordinator", "POST", path, {}, { "if-match": `"${seen.version}"` });
    expect(ok.status).toBe(200);
    expect(ok.json.history.at(-1)).toMatchObject({ action: "undo", version: seen.version + 1 });
  });
});
