// The backtest on a sample of the real CORDIS H2020 data (the first 2,500 projects of the file in
// ../shared when it is beside the checkout, else the committed sample of 800 projects in
// fixtures/cordis-sample, in memory): it runs end to end and reports every row — both tasks, every baseline, the product's
// signal blend and the learned model — with finite figures. The figures themselves are a benchmark
// (npm run quality:real), never asserted here.
import { describe, expect, it } from "vitest";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { backtest } from "../../src/evaluation/backtest.ts";
import { formatBacktest } from "../../src/evaluation/report.ts";
import { cordisDirAvailable, readCordis } from "../../src/sources/cordis.ts";

describe("backtest on a CORDIS sample", () => {
  it("reports all rows of both tasks", async () => {
    const { dir, sample } = cordisDirAvailable();
    const graph = datasetToGraph(await readCordis({ dir, maxProjects: 2500 }));
    const report = backtest(graph, { seed: 1, maxQueries: 200, ablation: false });
    expect(report.historyNetworks).toBeGreaterThan(sample ? 500 : 1500);
    expect(report.tasks.map((t) => t.task)).toEqual(["partners", "networks"]);
    for (const t of report.tasks) {
      expect(t.queries).toBeGreaterThan(50);
      expect(t.methods.map((m) => m.method)).toEqual(
        t.task === "partners"
          ? ["popularity", "themePopularity", "leadCommon", "leadAdamicAdar", "text", "rankAverage", "diagonal", "learned"]
          : ["popularity", "themes", "leadCommon", "leadAdamicAdar", "text", "rankAverage", "diagonal", "learned"],
      );
      expect(t.candidateRecall).toBeGreaterThan(0);
      expect(t.candidateRecall).toBeLessThanOrEqual(1);
      for (const m of t.methods) {
        for (const v of Object.values(m.metrics)) {
          expect(Number.isFinite(v.mean) && v.mean >= 0 && v.mean <= 1).toBe(true);
          expect(v.n).toBe(t.queries);
        }
        expect(m.method === t.bestBaseline ? m.vsBest : m.vsBest?.hits.n).toBe(m.method === t.bestBaseline ? undefined : t.queries);
      }
    }
    const text = formatBacktest(report);
    expect(text).toMatch(/Partner recommendation/);
    expect(text).toMatch(/lead Adamic–Adar/);
    expect(text).toMatch(/Partner ranker weights/);
  });
});
