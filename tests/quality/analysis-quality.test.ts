// Quality on generated data with planted structure: communities recover the hidden groups, planted
// complementary pairs are suggested to each other, held-out partners come back through the
// recommendations better than through common neighbours, and the whole result is reproducible.
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { analyzeGraph } from "../../src/analysis/analyze.ts";
import { alignCommunities } from "../../src/analysis/align-communities.ts";
import { candidatePairs } from "../../src/analysis/candidates.ts";
import { detectCommunities } from "../../src/analysis/communities.ts";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { buildProfiles } from "../../src/analysis/profiles.ts";
import { communityNmi, complementaryTopKRate, heldOutRecall } from "../../src/evaluation/planted-structure.ts";
import { scorePairs } from "../../src/analysis/similarity.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { DEFAULT_ANALYSIS_OPTIONS } from "../../src/analysis/options.ts";

const PROJECTS = 2000;
const o = DEFAULT_ANALYSIS_OPTIONS;

describe("analysis quality on generated data (2,000 networks, 50 planted groups)", () => {
  const { dataset, truth } = generateDataset({ projects: PROJECTS, seed: 1 });
  const result = analyzeGraph(datasetToGraph(dataset), o);

  it("recovers the planted groups as communities (NMI ≥ 0.9)", () => {
    expect(communityNmi(result, truth)).toBeGreaterThanOrEqual(0.9);
    expect(result.modularity).toBeGreaterThan(0.5);
  });

  it("puts ≥ 80% of planted complementary pairs in each other's top 5", () => {
    expect(truth.complementaryPairs).toHaveLength(50);
    expect(complementaryTopKRate(result, truth, 5)).toBeGreaterThanOrEqual(0.8);
    // And says why: a planted social × regular economy pair carries that complementarity.
    const planted = truth.plantedPairs.find((p) => p.axis === "social-regular")!;
    const s = result.suggestions.find((x) => x.a === planted.a && x.b === planted.b)!;
    expect(s.evidence.complementarity).toEqual(expect.arrayContaining([expect.stringMatching(/^(social-economy\+regular-economy|regular-economy\+social-economy)$/)]));
    expect(s.reasons.en.some((r) => /^complementary: (social economy \+ regular economy|regular economy \+ social economy)$/.test(r))).toBe(true);
  });

  it("brings back ≥ half of 10% held-out participations in each network's top 10, beating common neighbours", () => {
    const held = generateDataset({ projects: PROJECTS, seed: 1, holdOut: 0.1 });
    const profiles = buildProfiles(datasetToGraph(held.dataset));
    const pairs = scorePairs(profiles, candidatePairs(profiles, o.weights, o.seed), o.weights);
    const labels = alignCommunities(profiles, detectCommunities(profiles, pairs, { seed: o.seed }).membership);
    const r = heldOutRecall(profiles, pairs, labels, held.truth.heldOut!, 10);
    expect(r.heldOut).toBeGreaterThan(1000);
    expect(r.recall).toBeGreaterThanOrEqual(0.5);
    expect(r.recall).toBeGreaterThan(r.baselineRecall);
  });

  it("gives an identical result for the same data and seed", () => {
    const again = analyzeGraph(datasetToGraph(generateDataset({ projects: PROJECTS, seed: 1 }).dataset), o);
    expect(isDeepStrictEqual(again, result)).toBe(true);
  });
});
