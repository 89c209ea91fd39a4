// The contacts backtest's reach (new partners beyond the two-step neighbourhood) on a hand-made
// history, and the rank fusion scored next to the served score, with its ablation and an inner split.
import { describe, expect, it } from "vitest";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { contactBacktest, formatContactBacktest } from "../../src/evaluation/contacts-backtest.ts";
import { fitContactModel } from "../../src/analysis/recommend/contact-model.ts";
import { CONTACT_VARIANTS, variantName } from "../../src/analysis/recommend/contact-variants.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { emptyDataset } from "../../src/schemas/index.ts";
import { partner, project } from "./analysis-fixture.ts";

// History: A–B (N1), B–C (N2), D–E (N3) and eight unrelated pairs; after 2019: A, C and D meet (N4).
function graph() {
  const d = emptyDataset();
  const net = (id: string, start: string, members: string[]) => {
    d.projects.push({ ...project(id), start });
    for (const m of members) d.participations.push({ partner: m, project: id, role: "partner" });
  };
  for (const id of ["A", "B", "C", "D", "E"]) d.partners.push(partner(id, "company"));
  net("N1", "2010-01-01", ["A", "B"]);
  net("N2", "2011-01-01", ["B", "C"]);
  net("N3", "2012-01-01", ["D", "E"]);
  for (let k = 0; k < 8; k++) {
    d.partners.push(partner(`F${k}`, "ngo"), partner(`G${k}`, "ngo"));
    net(`X${k}`, "2015-01-01", [`F${k}`, `G${k}`]);
  }
  net("N4", "2020-01-01", ["A", "C", "D"]);
  return datasetToGraph(d);
}

describe("contacts backtest", () => {
  it("counts the new partners no two-step method can reach, and the best Hits@k a two-step method could have", () => {
    const report = contactBacktest(graph(), { cutoff: "2019-01-01" });
    // New links: A–C, A–D, C–D, each from both sides (6). Only A–C and C–A share a partner (B).
    expect(report.queries).toBe(3);
    expect(report.newLinks).toBe(6);
    expect(report.reach.outsideTwoSteps).toBeCloseTo(4 / 6, 10);
    // A: 1 of 2 within reach, C: 1 of 2, D: 0 of 2.
    expect(report.reach.twoStepCeiling.mean).toBeCloseTo(1 / 3, 10);
    expect(report.modelMs.p99).toBeGreaterThanOrEqual(report.modelMs.p50);
    expect(formatContactBacktest(report)).toMatch(/66\.7 % of the new partners share no partner/);
  });

  it("scores the rank fusion against every method, without each of its lists, and on the history's inner split", () => {
    const { dataset } = generateDataset({ projects: 400, seed: 3 });
    const g = datasetToGraph(dataset);
    const report = contactBacktest(g, { maxQueries: 60, fusion: { ablation: true } });
    const x = report.fusion!;
    expect(Object.keys(x.versus).sort()).toEqual(["adamicAdar", "commonNeighbours", "model", "resourceAllocation"]);
    expect(x.ablation!.map((a) => a.list)).toEqual(["hand", "walk", "activity"]);
    expect(x.hits.n).toBe(report.queries);
    expect(formatContactBacktest(report)).toMatch(/Rank fusion .* ms per query/);
    const inner = contactBacktest(g, { maxQueries: 60, innerSplit: true });
    expect(inner.cutoff < report.cutoff).toBe(true);
    expect(inner.relevance).toContain(`before ${report.cutoff} (the history's inner split)`);
  });

  it("scores the model chosen on the history before the cutoff, prints every variant's inner-split figures, and its ablation", () => {
    const { dataset } = generateDataset({ projects: 400, seed: 3 });
    const g = datasetToGraph(dataset);
    const report = contactBacktest(g, { maxQueries: 60, learned: { ablation: true } });
    const x = report.learned!;
    const chosen = fitContactModel(g, (p) => p.start !== undefined && p.start < report.cutoff);
    // The model the backtest scores is the one a fit on the history before the cutoff chooses.
    expect(x.model.variant).toEqual(chosen.variant);
    expect(x.model.figures).toEqual(chosen.figures);
    expect(x.model.innerCutoff! < report.cutoff).toBe(true);
    expect(x.hits.n).toBe(report.queries);
    expect(Object.keys(x.versus).sort()).toEqual(["adamicAdar", "commonNeighbours", "model", "resourceAllocation"]);
    expect(x.ablation!.map((a) => a.without)).toEqual([...(chosen.variant!.walk ? ["random walk"] : []), "theme term"]);
    const text = formatContactBacktest(report);
    expect(text).toContain(`: ${variantName(chosen.variant!)}\n`);
    for (const v of CONTACT_VARIANTS) expect(text).toContain(`| ${variantName(v)}`);
    expect(text).toMatch(/The chosen \(deployed\) model on the later networks: Hits@10 .* ms per query \(p50\)/);
  });
});
