// The rooted random walk and the rank fusion of introductions on a hand-made graph: A worked with B
// (N1); B with C (N2) and D (N3); C with E (N4). All networks start the same day, so every network
// of an organisation is equally likely; after each organisation step the walk stops with p = 0.15.
import { describe, expect, it } from "vitest";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { buildHistoryIndex } from "../../src/analysis/recommend/history-index.ts";
import { contactScorer } from "../../src/analysis/recommend/contacts.ts";
import { contactWalk } from "../../src/analysis/recommend/contact-walk.ts";
import { fusedContacts, recentNetworks } from "../../src/analysis/recommend/contact-fusion.ts";
import { emptyDataset } from "../../src/schemas/index.ts";
import { partner, project } from "./analysis-fixture.ts";

function graph() {
  const d = emptyDataset();
  d.projects = ["N1", "N2", "N3", "N4"].map((id) => project(id));
  d.projects[0]!.start = "2020-01-01";
  d.partners = ["A", "B", "C", "D", "E"].map((id) => partner(id, "company"));
  d.participations = [["A", "N1"], ["B", "N1"], ["B", "N2"], ["C", "N2"], ["B", "N3"], ["D", "N3"], ["C", "N4"], ["E", "N4"]].map(([r, p]) => ({ partner: r!, project: p!, role: "partner" as const }));
  return datasetToGraph(d);
}

describe("contact walk", () => {
  const index = buildHistoryIndex(graph());
  const scorer = contactScorer(index);
  const at = (id: string) => index.partnerIndex.get(id)!;
  const byId = (m: Map<number, number>) => Object.fromEntries([...m].map(([x, v]) => [index.partnerIds[x], v]));

  it("spreads the mass over partners of partners, never back to the organisation itself", () => {
    // A → N1 → B: 0.85. From B, N1 (four years older: weight 2^(−4/3)) leads back to A only; N2 and
    // N3 (weight 1 each) lead to C and D: 0.85 · 1 / (1 + 1 + 2^(−4/3)) · 0.85 each.
    const w = byId(contactWalk(scorer, at("A"), { steps: 2 }));
    expect(Object.keys(w).sort()).toEqual(["B", "C", "D"]);
    expect(w.B).toBeCloseTo(0.85, 10);
    expect(w.C).toBeCloseTo((0.85 * 0.85) / (2 + 2 ** (-4 / 3)), 10);
    expect(w.D).toBeCloseTo(w.C!, 10);
  });

  it("reaches an organisation three steps away only with a third step", () => {
    expect(byId(contactWalk(scorer, at("A"), { steps: 2 })).E).toBeUndefined();
    const w = byId(contactWalk(scorer, at("A"), { steps: 3 }));
    expect(w.E).toBeGreaterThan(0);
    expect(w.E).toBeLessThan(w.C!);
    // A query leaves no trace: the same walk again gives the same masses.
    expect(byId(contactWalk(scorer, at("A"), { steps: 3 }))).toEqual(w);
  });

  it("counts recent networks per organisation (the year before the newest network)", () => {
    const recent = recentNetworks(scorer, 1);
    expect(recent[at("A")]).toBe(0);
    expect(recent[at("B")]).toBe(2);
  });

  it("fuses the lists over organisations not met yet, and works without each list", () => {
    const ids = (xs: { partner: number }[]) => xs.map((x) => index.partnerIds[x.partner]).sort();
    expect(ids(fusedContacts(scorer, at("A"), 10))).toEqual(["C", "D"]);
    expect(ids(fusedContacts(scorer, at("A"), 10, { walk: { steps: 3 } }))).toEqual(["C", "D", "E"]);
    for (const left of ["hand", "walk", "activity"] as const) expect(ids(fusedContacts(scorer, at("A"), 10, {}, [left]))).not.toContain("B");
  });
});
