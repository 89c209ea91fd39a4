// The ranking model: boosted trees learn what a weighted sum cannot (an interaction), percentiles
// within a list are computed as documented, network relevance does not count the lead, the
// backtest's ablation has one row per feature, and on data with planted structure the learned model
// beats the rank average of the baselines. Figures on real data are a benchmark (npm run
// quality:real), never asserted here.
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { boostedScore, fitBoostedTrees } from "../../src/analysis/recommend/boosted-trees.ts";
import { NETWORK_FEATURES, PARTNER_FEATURES } from "../../src/analysis/recommend/candidates.ts";
import { buildHistoryIndex } from "../../src/analysis/recommend/history-index.ts";
import { relevantNetworks } from "../../src/analysis/recommend/learned-ranker.ts";
import { fitLogistic, logisticScore } from "../../src/analysis/recommend/logistic-regression.ts";
import { withinQueryPercentiles } from "../../src/analysis/recommend/query-features.ts";
import { backtest } from "../../src/evaluation/backtest.ts";
import { formatBacktest } from "../../src/evaluation/report.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { emptyDataset, type Dataset } from "../../src/schemas/index.ts";
import { startsBefore } from "../../src/analysis/start-boundary.ts";
import { analysisParams } from "../../src/services/analysis/index.ts";
import { runRankers } from "../../src/services/analysis/run-rankers.ts";

describe("boosted trees", () => {
  it("learn an interaction (label = a XOR b) that logistic regression cannot, the same way every time", () => {
    const rng = seedrandom("xor");
    const m = 2000;
    const x = new Float64Array(m * 3);
    const y = new Uint8Array(m);
    for (let i = 0; i < m; i++) {
      const a = rng() < 0.5 ? 1 : 0;
      const b = rng() < 0.5 ? 1 : 0;
      x.set([a + 0.1 * rng(), b + 0.1 * rng(), rng()], 3 * i);
      y[i] = (a ^ b) === 1 ? (rng() < 0.9 ? 1 : 0) : rng() < 0.1 ? 1 : 0;
    }
    const trees = fitBoostedTrees(["a", "b", "noise"], { x, y });
    const linear = fitLogistic(["a", "b", "noise"], { x, y });
    const accuracy = (score: (i: number) => number) => {
      let right = 0;
      for (let i = 0; i < m; i++) right += (score(i) > 0 ? 1 : 0) === y[i] ? 1 : 0;
      return right / m;
    };
    // The best a weighted sum can do is three of the four cells; the trees get all four (≈ 0.9, the label noise).
    const byTrees = accuracy((i) => boostedScore(trees, x, 3 * i));
    expect(byTrees).toBeGreaterThan(0.85);
    expect(byTrees - accuracy((i) => logisticScore(linear, x.subarray(3 * i, 3 * i + 3)))).toBeGreaterThan(0.1);
    expect(fitBoostedTrees(["a", "b", "noise"], { x, y })).toEqual(trees);
    // Plain arrays: stored with a run as JSON and read back the same.
    expect(JSON.parse(JSON.stringify(trees))).toEqual(trees);
  });

  it("refuses data without both labels", () => {
    expect(() => fitBoostedTrees(["a"], { x: Float64Array.of(1, 2), y: Uint8Array.of(0, 0) })).toThrow(/positive and negative/);
  });
});

describe("features within one list", () => {
  it("gives each value its percentile among the list's candidates, ties sharing their mean", () => {
    expect(Array.from(withinQueryPercentiles([3, 1, 2, 2, 0]))).toEqual([1, 0.25, 0.625, 0.625, 0]);
    expect(Array.from(withinQueryPercentiles([7]))).toEqual([0.5]);
  });
});

describe("network relevance", () => {
  it("counts shared partners other than the lead: sharing only the lead and one more is not enough", () => {
    // Lead L; history H1 {L, A}, H2 {A, B}, H3 {L, A, B}; the new network N {L (lead), A, B}.
    const d = emptyDataset();
    for (const id of ["L", "A", "B"]) d.partners.push({ id, name: `Organisatie ${id}`, kind: "company", activeIn: "north" } as Dataset["partners"][number]);
    const networks: [string, string, string[]][] = [["H1", "2010-01-01", ["L", "A"]], ["H2", "2010-02-01", ["A", "B"]], ["H3", "2010-03-01", ["L", "A", "B"]], ["N", "2012-01-01", ["L", "A", "B"]]];
    for (const [id, start, partners] of networks) {
      d.projects.push({ id, name: `Netwerk ${id}`, status: "active", start } as Dataset["projects"][number]);
      partners.forEach((p, k) => d.participations.push({ partner: p, project: id, role: k === 0 && p === "L" ? "promoter" : "partner" }));
    }
    const index = buildHistoryIndex(datasetToGraph(d), (p) => p.start! < "2011");
    const relevant = [...relevantNetworks(index, index.projectIndex.get("N")!)].map((p) => index.projectIds[p]).sort();
    expect(relevant).toEqual(["H2", "H3"]);
  });
});

describe("the backtest's learned model", () => {
  const { dataset } = generateDataset({ projects: 600, seed: 3 });
  const graph = datasetToGraph(dataset);
  const report = backtest(graph, { maxQueries: 150 });

  it("is the model an analysis run on the history alone would store", () => {
    const history = new Set(dataset.projects.filter((p) => startsBefore(p.start, report.cutoff)).map((p) => p.id));
    const before: Dataset = {
      ...dataset,
      projects: dataset.projects.filter((p) => history.has(p.id)),
      participations: dataset.participations.filter((r) => history.has(r.project)),
      projectThemes: dataset.projectThemes.filter((r) => history.has(r.project)),
      outcomes: dataset.outcomes.filter((o) => history.has(o.project)),
      collaborations: dataset.collaborations.filter((c) => history.has(c.from) && history.has(c.to)),
    };
    const run = runRankers({ graph: datasetToGraph(before), graphFingerprint: "history", params: analysisParams({}), weightsGiven: false, decisions: [] });
    expect(report.rankers.partners.source).toBe("learned");
    // The same trees and weights; sums over the history run in another order, so the last bits may differ.
    const rounded = (x: unknown) => JSON.parse(JSON.stringify(x, (_k, v) => (typeof v === "number" ? (Math.abs(v) < 1e-12 ? 0 : Number(v.toPrecision(9))) : v)));
    expect(rounded(run.rankers)).toEqual(rounded(report.rankers));
  });

  it("prints the relevance, the number of scored networks, the paired differences and an ablation row per feature", () => {
    const text = formatBacktest(report);
    expect(text).toContain("relevant: earlier networks sharing ≥ 2 of its partners, its lead not counted");
    expect(text).toMatch(/\d+ networks scored/);
    expect(text).toMatch(/learned model − baseline \(paired over the same networks\)/);
    for (const t of report.tasks) {
      expect(t.ablation!.map((a) => a.feature)).toEqual([...(t.task === "partners" ? PARTNER_FEATURES : NETWORK_FEATURES)]);
      for (const a of t.ablation!) {
        expect(a.vsFull.n).toBe(t.queries);
        expect(Number.isFinite(a.vsFull.mean) && Number.isFinite(a.vsFull.se)).toBe(true);
      }
      const learned = t.methods.find((m) => m.kind === "learned")!;
      expect(Object.keys(learned.vsBaselines!)).toEqual(t.methods.filter((m) => m.kind === "baseline").map((m) => m.method));
    }
    expect(text).toMatch(/ablation: the model refitted without each feature/);
  });

  it("warns when fewer than 50 networks are scored", () => {
    const small = backtest(graph, { maxQueries: 20, ablation: false });
    expect(small.tasks[0]!.warning).toMatch(/only 20 networks scored \(fewer than 50\)/);
    expect(formatBacktest(small)).toMatch(/warning: only 20 networks scored/);
  });

  it("beats the rank average of the baselines on generated data", () => {
    for (const t of report.tasks) {
      const learned = t.methods.find((m) => m.kind === "learned")!;
      expect(learned.label).toMatch(/learned/);
      expect(learned.vsBaselines!.rankAverage!.hits.mean).toBeGreaterThan(0);
    }
  });
});
