// The analysis entry point and its parameters: bad input gives clear errors, results are
// deterministic, progress is reported stage by stage.
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { analyzeGraph } from "../../src/analysis/analyze.ts";
import { datasetToGraph, emptyGraph } from "../../src/analysis/graph.ts";
import { nmi } from "../../src/evaluation/nmi.ts";
import { ANALYSIS_STAGES } from "../../src/analysis/types.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { analysisParamsSchema } from "../../src/schemas/analysis.ts";
import { DEFAULT_ANALYSIS_OPTIONS, toAnalysisOptions } from "../../src/analysis/options.ts";
import { emptyDataset } from "../../src/schemas/index.ts";
import { project } from "./analysis-fixture.ts";

const messages = (input: unknown) => {
  const r = analysisParamsSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("analysisParamsSchema", () => {
  it("fills defaults and accepts partial weights", () => {
    const p = analysisParamsSchema.parse({ weights: { text: 0.5 }, resolution: "1.5" });
    expect(p).toEqual({ seed: 42, resolution: 1.5, diagonal: false, suggestionsPerProject: 5, weights: { themes: 0.25, partners: 0.3, text: 0.5, outcomes: 0.1, complementarity: 0.3 } });
    expect(analysisParamsSchema.parse({})).toEqual({ seed: 42, resolution: 1, diagonal: false, suggestionsPerProject: 5, weights: DEFAULT_ANALYSIS_OPTIONS.weights });
    expect(toAnalysisOptions(analysisParamsSchema.parse({}), { excludedPairs: new Set(["A|B"]) }).excludedPairs.has("A|B")).toBe(true);
  });

  it("rejects invalid weights with messages naming the signal", () => {
    expect(messages({ weights: { text: -1 } })).toEqual(["weights.text: expected a number ≥ 0, got -1"]);
    expect(messages({ weights: { text: "much" } })).toEqual(['weights.text: expected a number ≥ 0, got "much"']);
    expect(messages({ weights: { popularity: 1 } })).toEqual(['weights: unknown signal "popularity"; expected themes, partners, text, outcomes, complementarity']);
    expect(messages({ weights: { themes: 0, partners: 0, text: 0, outcomes: 0, complementarity: 0 } })).toEqual(["weights: at least one weight must be > 0 (all are 0)"]);
  });

  it("rejects a resolution that is not a number > 0", () => {
    expect(messages({ resolution: 0 })).toEqual(["resolution: expected a number > 0, got 0"]);
    expect(messages({ resolution: -2 })).toEqual(["resolution: expected a number > 0, got -2"]);
    expect(messages({ resolution: "high" })).toEqual(['resolution: expected a number > 0, got "high"']);
    expect(messages({ suggestionsPerProject: 0 })).toEqual(["suggestionsPerProject: expected a whole number from 1 to 100"]);
  });
});

describe("analyzeGraph", () => {
  it("needs at least two projects", () => {
    expect(() => analyzeGraph(emptyGraph(), DEFAULT_ANALYSIS_OPTIONS)).toThrow("diagonal/analyze: need at least 2 projects, found 0");
    const one = emptyDataset();
    one.projects = [project("A")];
    expect(() => analyzeGraph(datasetToGraph(one), DEFAULT_ANALYSIS_OPTIONS)).toThrow("diagonal/analyze: need at least 2 projects, found 1");
  });

  it("handles networks with nothing in common: no suggestions, each its own community, both isolated", () => {
    const d = emptyDataset();
    d.projects = [project("A", "transparantie"), project("B", "buurt")];
    const r = analyzeGraph(datasetToGraph(d), DEFAULT_ANALYSIS_OPTIONS);
    expect(r.suggestions).toEqual([]);
    expect(r.communities).toEqual([{ projectId: "A", community: 0 }, { projectId: "B", community: 1 }]);
    expect(r.modularity).toBe(0);
    expect(r.opportunities.filter((o) => o.kind === "isolated").map((o) => o.key)).toEqual(["isolated:A", "isolated:B"]);
    expect(r.counts).toEqual({ projects: 2, partners: 0, themes: 0, outcomes: 0, candidatePairs: 0, communities: 2 });
  });

  it("rejects invalid options before any work", () => {
    const g = datasetToGraph(generateDataset({ projects: 20, seed: 1 }).dataset);
    expect(() => analyzeGraph(g, { ...DEFAULT_ANALYSIS_OPTIONS, resolution: 0 })).toThrow("diagonal/analyze: resolution must be a number > 0, got 0");
    expect(() => analyzeGraph(g, { ...DEFAULT_ANALYSIS_OPTIONS, weights: { ...DEFAULT_ANALYSIS_OPTIONS.weights, text: -1 } })).toThrow("diagonal/analyze: weights.text must be ≥ 0, got -1");
    const zero = { themes: 0, partners: 0, text: 0, outcomes: 0, complementarity: 0 };
    expect(() => analyzeGraph(g, { ...DEFAULT_ANALYSIS_OPTIONS, weights: zero })).toThrow("diagonal/analyze: at least one weight must be > 0");
  });

  it("gives a deep-equal result for the same data and options, and reports every stage", () => {
    const { dataset, truth } = generateDataset({ projects: 300, seed: 11 });
    const stages: string[] = [];
    const a = analyzeGraph(datasetToGraph(dataset), DEFAULT_ANALYSIS_OPTIONS, (stage) => {
      if (stages[stages.length - 1] !== stage) stages.push(stage);
    });
    const b = analyzeGraph(datasetToGraph(dataset), DEFAULT_ANALYSIS_OPTIONS);
    expect(isDeepStrictEqual(a, b)).toBe(true);
    expect(stages).toEqual([...ANALYSIS_STAGES]);
    expect(a.counts).toMatchObject({ projects: 300, themes: 8, communities: new Set(a.communities.map((c) => c.community)).size });
    expect(a.communities.map((c) => c.projectId)).toEqual(dataset.projects.map((p) => p.id).sort());
    expect(nmi(a.communities.map((c) => c.community), a.communities.map((c) => truth.groupOf[c.projectId]!))).toBeGreaterThan(0.9);
    // Every opportunity kind that this data has, with reasons in both languages.
    expect(new Set(a.opportunities.map((o) => o.kind))).toEqual(new Set(["broker", "reusable-outcome", "partner-recommendation"]));
    for (const o of a.opportunities) expect(o.reasons.nl.length === o.reasons.en.length && o.reasons.nl.length > 0).toBe(true);
  });

  it("keeps the previous run's community labels", () => {
    const g = () => datasetToGraph(generateDataset({ projects: 200, seed: 3 }).dataset);
    const a = analyzeGraph(g(), { ...DEFAULT_ANALYSIS_OPTIONS, seed: 1 });
    const b = analyzeGraph(g(), { ...DEFAULT_ANALYSIS_OPTIONS, seed: 1, previousCommunities: new Map(a.communities.map((c) => [c.projectId, c.community + 100])) });
    // Stable labels: the previous run's labels carry over.
    expect(b.communities.map((c) => c.community)).toEqual(a.communities.map((c) => c.community + 100));
  });
});

describe("nmi", () => {
  it("is 1 for identical partitions up to renaming and 0 for independent ones", () => {
    expect(nmi([0, 0, 1, 1], [5, 5, 9, 9])).toBe(1);
    expect(nmi([0, 0, 1, 1], [0, 1, 0, 1])).toBe(0);
  });

  it("matches the hand-computed value for a partial match", () => {
    // X = [a a b b], Y = [a a a b]: H(X) = ln2, H(Y) = −(¾ln¾ + ¼ln¼),
    // I = ½ln(½/(½·¾)) + ¼ln(¼/(½·¾)) + ¼ln(¼/(½·¼)).
    const hx = Math.log(2);
    const hy = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    const i = 0.5 * Math.log(0.5 / 0.375) + 0.25 * Math.log(0.25 / 0.375) + 0.25 * Math.log(0.25 / 0.125);
    expect(nmi(["a", "a", "b", "b"], ["a", "a", "a", "b"])).toBeCloseTo((2 * i) / (hx + hy), 12);
  });

  it("rejects partitions of different sizes", () => {
    expect(() => nmi([1, 2], [1])).toThrow("diagonal/nmi: partitions must label the same items, got 2 and 1");
  });
});
