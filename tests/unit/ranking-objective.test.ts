// The ranking objective and the two-hop network candidates: LambdaRank gradients pull a relevant
// row above the others of its own list (and only of its list); boosted trees fitted on them learn the
// order within groups even when a group-level signal confounds the labels; and the networks of the partners most likely to join enter the candidate pool.
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { boostedScore, fitBoostedTrees } from "../../src/analysis/recommend/boosted-trees.ts";
import { CandidateScorer } from "../../src/analysis/recommend/candidates.ts";
import { buildHistoryIndex } from "../../src/analysis/recommend/history-index.ts";
import { lambdaGradients } from "../../src/analysis/recommend/lambda-gradients.ts";
import { queryOf } from "../../src/analysis/recommend/learned-ranker.ts";
import { emptyDataset, type Dataset } from "../../src/schemas/index.ts";

describe("LambdaRank gradients", () => {
  it("push a relevant row ranked below another up and that row down, by equal amounts, within its group only", () => {
    // Group 0: the relevant row 1 is ranked below row 0. Group 1: already in order.
    const score = Float64Array.of(1, 0, 2, -1);
    const y = Uint8Array.of(0, 1, 1, 0);
    const g = new Float64Array(4);
    const h = new Float64Array(4);
    lambdaGradients(score, y, new Float64Array(4).fill(1), Int32Array.of(0, 0, 1, 1), g, h);
    // Loss gradients: negative raises a score. Swapping two rows of a list of two changes NDCG by 1 − 1/log2(3).
    const rho = 1 / (1 + Math.exp(0 - 1));
    expect(g[1]).toBeCloseTo(-rho * (1 - 1 / Math.log2(3)), 12);
    expect(g[0]).toBeCloseTo(-g[1]!, 12);
    // The ordered group gets a smaller pull (ρ = 1/(1 + e³)), never a push the wrong way.
    expect(g[2]!).toBeLessThan(0);
    expect(Math.abs(g[2]!)).toBeLessThan(Math.abs(g[1]!) / 5);
    expect(h.every((v) => v > 0)).toBe(true);
  });

  it("let the trees learn the order within each list, even where lists differ in level", () => {
    // 300 lists of 20 rows. Within a list, relevance follows `order`; rich lists (many relevant rows)
    // have a high `list` value and their rows' `order` values are shifted down, so across lists a
    // low `order` often means relevant.
    const rng = seedrandom("lambdarank");
    const lists = 300;
    const n = 20;
    const x = new Float64Array(lists * n * 2);
    const y = new Uint8Array(lists * n);
    const group = new Int32Array(lists * n);
    for (let q = 0; q < lists; q++) {
      const rich = rng() < 0.5;
      const list = rich ? 1 + rng() : rng();
      for (let k = 0; k < n; k++) {
        const i = q * n + k;
        const order = rng();
        const relevant = rich ? order > 0.5 : order > 0.9;
        x[2 * i] = order - (rich ? 2 : 0);
        x[2 * i + 1] = list;
        y[i] = relevant ? 1 : 0;
        group[i] = q;
      }
    }
    const ranked = fitBoostedTrees(["order", "list"], { x, y, group }, { objective: "lambdarank" });
    // Share of lists whose best-scored row is relevant.
    const topHit = (model: typeof ranked) => {
      let hits = 0;
      for (let q = 0; q < lists; q++) {
        let best = q * n;
        for (let i = q * n; i < (q + 1) * n; i++) if (boostedScore(model, x, 2 * i) > boostedScore(model, x, 2 * best)) best = i;
        hits += y[best]!;
      }
      return hits / lists;
    };
    // The ceiling: lists with any relevant row at all (≈ 94 %).
    let ceiling = 0;
    for (let q = 0; q < lists; q++) ceiling += y.subarray(q * n, (q + 1) * n).some((v) => v === 1) ? 1 : 0;
    expect(topHit(ranked)).toBeGreaterThan(ceiling / lists - 0.03);
    expect(fitBoostedTrees(["order", "list"], { x, y, group }, { objective: "lambdarank" })).toEqual(ranked);
  });

  it("refuses rows without their group ids", () => {
    expect(() => fitBoostedTrees(["a"], { x: Float64Array.of(1, 2), y: Uint8Array.of(0, 1) }, { objective: "lambdarank" })).toThrow(/group id per row/);
  });
});

describe("network candidates two hops away", () => {
  it("include a network of the partners most likely to join that no other source reaches", () => {
    // Lead L worked with A and B (H1, H2). Far {A, B, C} shares no theme and no partner with the lead,
    // and is neither big nor recent: only the two-hop source (A and B are likely to join) reaches it.
    const d = emptyDataset();
    for (const id of ["L", "A", "B", "C", "D", "E", "F"]) d.partners.push({ id, name: `Organisatie ${id}`, kind: "company", activeIn: "north" } as Dataset["partners"][number]);
    d.themes.push({ id: "T", nameNl: "Thema", nameEn: "Theme" } as Dataset["themes"][number]);
    const networks: [string, string, string[]][] = [
      ["H1", "2010-01-01", ["L", "A"]],
      ["H2", "2010-02-01", ["L", "B"]],
      ["Far", "2009-01-01", ["C", "A", "B"]],
      ["Big", "2010-03-01", ["D", "E", "C", "F"]],
      ["N", "2012-01-01", ["L", "A", "B"]],
    ];
    for (const [id, start, partners] of networks) {
      d.projects.push({ id, name: `Netwerk ${id}`, status: "active", start } as Dataset["projects"][number]);
      partners.forEach((p, k) => d.participations.push({ partner: p, project: id, role: k === 0 ? "promoter" : "partner" }));
    }
    d.projectThemes.push({ project: "N", theme: "T", weight: 1 }, { project: "H1", theme: "T", weight: 1 });
    const index = buildHistoryIndex(datasetToGraph(d), (p) => p.start! < "2011");
    const q = queryOf(index, index.projectIndex.get("N")!);
    const names = (items: number[]) => items.map((p) => index.projectIds[p]).sort();
    // perFeature 1 and one lead neighbour: the other sources keep only their single best network.
    const narrow = { perFeature: 1, leadNeighbours: 0, signalNeighbours: 1, textNeighbours: 1 };
    expect(names(new CandidateScorer(index, { ...narrow, likelyPartners: 0 }).networks(q).items)).not.toContain("Far");
    expect(names(new CandidateScorer(index, { ...narrow, likelyPartners: 2 }).networks(q).items)).toContain("Far");
    // The partner ranker's chances (stacking): likelyShared sums them over a network's partners other
    // than the lead, and they steer the two-hop source.
    const at = (id: string) => index.partnerIndex.get(id)!;
    const given = new Map([[at("C"), 0.5], [at("D"), 0.25], [at("A"), 0.1]]);
    const stacked = new CandidateScorer(index, { ...narrow, perFeature: 2, likelyPartners: 2 }).networks(q, given);
    const likely = (id: string) => stacked.features.likelyShared[stacked.items.indexOf(index.projectIndex.get(id)!)];
    expect(likely("Big")).toBeCloseTo(0.75, 12);
    expect(likely("Far")).toBeCloseTo(0.6, 12);
    expect(new CandidateScorer(index, { ...narrow, likelyPartners: 2 }).networks(q).features.likelyShared.every((v) => v === 0)).toBe(true);
  });
});
