// The learned ranker: the logistic regression recovers which feature carries the signal, and on
// data with a planted rule that the default signal blend cannot see (every network recruits its
// partners in its lead's region) the weights learned from the history find it and beat the
// defaults in the backtest; with too little history the documented defaults apply, and say so.
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { fitLogistic } from "../../src/analysis/recommend/logistic-regression.ts";
import { learnRankers } from "../../src/analysis/recommend/learned-ranker.ts";
import { backtest } from "../../src/evaluation/backtest.ts";
import { emptyDataset, type Dataset } from "../../src/schemas/index.ts";

describe("fitLogistic", () => {
  it("puts the weight on the feature that decides the label, none on the noise", () => {
    const rng = seedrandom("lr");
    const m = 2000;
    const x = new Float64Array(m * 2);
    const y = new Uint8Array(m);
    for (let i = 0; i < m; i++) {
      x[2 * i] = rng() * 4 - 2; // signal
      x[2 * i + 1] = rng() * 4 - 2; // noise
      y[i] = rng() < 1 / (1 + Math.exp(-3 * x[2 * i]!)) ? 1 : 0;
    }
    const model = fitLogistic(["signal", "noise"], { x, y });
    expect(model.weights.signal).toBeGreaterThan(2);
    expect(Math.abs(model.weights.noise!)).toBeLessThan(0.3);
  });

  it("refuses data without both labels", () => {
    expect(() => fitLogistic(["a"], { x: Float64Array.of(1, 2), y: Uint8Array.of(1, 1) })).toThrow(/positive and negative/);
  });
});

/** 800 networks over 5 themes; partners in 16 regions; each network's partners come from its lead's region. */
function plantedRegions(): Dataset {
  const rng = seedrandom("planted-regions");
  const d = emptyDataset();
  const regions = Array.from({ length: 16 }, (_, i) => `R${i}`);
  for (let t = 0; t < 5; t++) d.themes.push({ id: `T${t}`, nameNl: `Thema ${t}`, nameEn: `Theme ${t}` } as Dataset["themes"][number]);
  const byRegion = new Map<string, string[]>(regions.map((r) => [r, []]));
  for (let i = 0; i < 480; i++) {
    const region = regions[i % regions.length]!;
    const id = `P${String(i).padStart(4, "0")}`;
    d.partners.push({ id, name: `Organisatie ${i}`, kind: "company", region, activeIn: "north" } as Dataset["partners"][number]);
    byRegion.get(region)!.push(id);
  }
  for (let i = 0; i < 800; i++) {
    const id = `N${String(i).padStart(4, "0")}`;
    const month = String(1 + (i % 12)).padStart(2, "0");
    d.projects.push({ id, name: `Netwerk ${i}`, status: "active", start: `${2015 + Math.floor(i / 100)}-${month}-01` } as Dataset["projects"][number]);
    d.projectThemes.push({ project: id, theme: `T${Math.floor(rng() * 5)}`, weight: 1 });
    const lead = d.partners[Math.floor(rng() * d.partners.length)]!;
    const pool = byRegion.get(lead.region!)!;
    const chosen = new Set([lead.id]);
    while (chosen.size < 5) chosen.add(pool[Math.floor(rng() * pool.length)]!);
    [...chosen].forEach((p, k) => d.participations.push({ partner: p, project: id, role: k === 0 ? "promoter" : "partner" }));
  }
  return d;
}

describe("learned weights on planted structure", () => {
  const graph = datasetToGraph(plantedRegions());

  it("learn the planted rule (partners from the lead's region) and beat the default weights", () => {
    const report = backtest(graph, { seed: 1, ablation: false });
    const partners = report.tasks.find((t) => t.task === "partners")!;
    const learned = partners.methods.find((m) => m.method === "learned")!;
    const defaults = partners.methods.find((m) => m.method === "diagonal")!;
    expect(report.rankers.partners.source).toBe("learned");
    const w = report.rankers.partners.model.weights;
    const strongest = Object.entries(w).sort((x, y) => y[1] - x[1])[0]![0];
    expect(strongest).toBe("sameRegionAsLead");
    expect(learned.metrics.hits.mean).toBeGreaterThan(defaults.metrics.hits.mean + 3 * defaults.metrics.hits.se);
  });

  it("fall back to the documented defaults when the history is too thin, and say so", () => {
    const r = learnRankers(graph, (p) => p.start !== undefined && p.start < "2015-02-01", { seed: 1 });
    expect(r.partners.source).toBe("default");
    expect(r.partners.reason).toMatch(/too little history/);
    expect(r.partners.model.weights.similarNetworks).toBe(1);
  });
});
