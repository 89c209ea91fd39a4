// What decides whether a run may reuse the previous run's learned rankers: one hash of everything
// learning reads. Equal inputs in any order give the same hash; a changed verdict on the same pair,
// another seed or other weights give another (the decision count alone would miss the verdict).
import { describe, expect, it } from "vitest";
import { rankerInputs } from "../../src/services/analysis/run-rankers.ts";
import { DEFAULT_SIGNAL_WEIGHTS } from "../../src/vocabulary.ts";

const p = { seed: 1, weights: { ...DEFAULT_SIGNAL_WEIGHTS } };
const decisions = [
  { a: "p1", b: "p2", decision: "accepted" },
  { a: "p3", b: "p4", decision: "rejected" },
];

describe("rankerInputs", () => {
  it("is the same for the same inputs, whatever the order of the decisions and of the weights' keys", () => {
    const reordered = Object.fromEntries(Object.entries(p.weights).reverse()) as typeof p.weights;
    expect(rankerInputs("fp", [...decisions].reverse(), { seed: 1, weights: reordered })).toBe(rankerInputs("fp", decisions, p));
  });

  it("changes with the graph, a verdict, the seed or a weight", () => {
    const base = rankerInputs("fp", decisions, p);
    expect(rankerInputs("fp2", decisions, p)).not.toBe(base);
    expect(rankerInputs("fp", [decisions[0]!, { ...decisions[1]!, decision: "accepted" }], p)).not.toBe(base);
    expect(rankerInputs("fp", decisions, { ...p, seed: 2 })).not.toBe(base);
    expect(rankerInputs("fp", decisions, { ...p, weights: { ...p.weights, text: p.weights.text + 0.01 } })).not.toBe(base);
  });
});
