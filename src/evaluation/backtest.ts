// The backtest: does Diagonal beat the obvious guesses on this graph's own history? Split the
// networks by start date (temporal-split.ts); index the history; for every later network hide its
// partners except its lead and ask, with only its themes, text and lead:
//   partners — who will join it? relevant = its real partners that the history knows;
//   networks — which existing networks should it learn from? relevant = those sharing ≥ 2 partners.
// Every method ranks the same candidate pool (recommend/candidates.ts): the plain baselines
// (popularity, theme popularity (IDF), the lead's common neighbours and Adamic–Adar, text TF–IDF and
// the rank average of those five), the product's signal blend, and the learned model fitted on the
// history only (learned-ranker.ts). Metrics per query (metrics.ts), mean ± SE, and each method's
// paired difference against the best baseline of the same run. Pure: a graph in, a report out.
import seedrandom from "seedrandom";
import type { DiagonalGraph } from "../analysis/graph.ts";
import { CandidateScorer, NETWORK_FEATURES, PARTNER_FEATURES, type CandidatePool, type CandidatePoolOptions } from "../analysis/recommend/candidates.ts";
import { buildHistoryIndex } from "../analysis/recommend/history-index.ts";
import { learnRankers, queryOf, rankerScores, relevantNetworks, relevantPartners, sample, type Rankers } from "../analysis/recommend/learned-ranker.ts";
import { fractionalRanks, meanSE, METRIC_NAMES, pairedDifference, rankByScore, rankingMetrics, type MeanSE, type QueryMetrics } from "./metrics.ts";
import { projectStarts, splitByStart } from "./temporal-split.ts";

export const BACKTEST_DEFAULTS = {
  k: 10,
  historyShare: 0.8,
  /** Evaluated networks at most per task (seeded sample); Infinity for all. */
  maxQueries: Infinity,
  seed: 1,
};

export interface BacktestOptions extends Partial<typeof BACKTEST_DEFAULTS> {
  cutoff?: string;
  pool?: Partial<CandidatePoolOptions>;
  /** Learning options passed to learnRankers (sample sizes). */
  learn?: { maxQueries?: number; pairsPerQuery?: number };
  onProgress?: (stage: string) => void;
}

export interface MethodResult {
  method: string;
  label: string;
  kind: "baseline" | "diagonal" | "learned";
  metrics: Record<keyof QueryMetrics, MeanSE>;
  /** Paired difference against the best baseline (by Hits@k), per metric. */
  vsBest?: Record<keyof QueryMetrics, MeanSE & { z: number }>;
}

export interface TaskResult {
  task: "partners" | "networks";
  queries: number;
  /** Mean number of relevant items per query. */
  relevantPerQuery: number;
  /** Share of relevant items that are in the candidate pool at all; mean pool size. */
  candidateRecall: number;
  poolSize: number;
  bestBaseline: string;
  methods: MethodResult[];
}

export interface BacktestReport {
  cutoff: string;
  historyNetworks: number;
  futureNetworks: number;
  k: number;
  rankers: Rankers;
  tasks: TaskResult[];
}

const BASELINES = {
  partners: [
    ["popularity", "popularity (most networks)"],
    ["themePopularity", "theme popularity (IDF)"],
    ["leadCommon", "lead common neighbours"],
    ["leadAdamicAdar", "lead Adamic–Adar"],
    ["text", "text TF–IDF"],
  ],
  networks: [
    ["popularity", "popularity (biggest networks)"],
    ["themes", "themes (IDF cosine)"],
    ["leadCommon", "lead common neighbours"],
    ["leadAdamicAdar", "lead Adamic–Adar"],
    ["text", "text TF–IDF"],
  ],
} as const;

export function backtest(graph: DiagonalGraph, options: BacktestOptions = {}): BacktestReport {
  const o = { ...BACKTEST_DEFAULTS, ...options };
  const split = splitByStart(projectStarts(graph), { cutoff: o.cutoff, historyShare: o.historyShare });
  o.onProgress?.("learning weights on the history");
  const rankers = learnRankers(graph, split.inHistory, { seed: o.seed, pool: o.pool, ...o.learn });
  o.onProgress?.("indexing the history");
  const index = buildHistoryIndex(graph, split.inHistory);
  const scorer = new CandidateScorer(index, o.pool);
  const future: number[] = [];
  let history = 0;
  index.projectIds.forEach((_, p) => {
    const start = index.projectStarts[p];
    if (index.known[p]) history++;
    else if (start !== undefined && start >= split.cutoff) future.push(p);
  });
  const rng = seedrandom(`backtest:${o.seed}`);
  const tasks: TaskResult[] = [];
  for (const task of ["partners", "networks"] as const) {
    o.onProgress?.(`scoring ${task}`);
    const candidates = future.map((p) => ({ p, relevant: task === "partners" ? relevantPartners(index, p) : relevantNetworks(index, p) })).filter((c) => c.relevant.size > 0);
    const queries = sample(candidates, o.maxQueries, rng);
    const baselines = BASELINES[task];
    const methods: { method: string; label: string; kind: MethodResult["kind"]; score: (pool: CandidatePool<string>) => ArrayLike<number> }[] = [
      ...baselines.map(([f, label]) => ({ method: f as string, label: label as string, kind: "baseline" as const, score: (pool: CandidatePool<string>) => pool.features[f]! })),
      {
        method: "rankAverage",
        label: "rank average of the baselines",
        kind: "baseline",
        score: (pool) => {
          const sum = new Float64Array(pool.items.length);
          for (const [f] of baselines) fractionalRanks(pool.features[f]!).forEach((r, i) => (sum[i]! -= r));
          return sum;
        },
      },
      { method: "diagonal", label: "Diagonal signals (default weights)", kind: "diagonal", score: (pool) => pool.features.similarNetworks! },
      { method: "learned", label: `learned model (${rankers[task].source})`, kind: "learned", score: (pool) => rankerScores(rankers[task], pool) },
    ];
    const perMethod = methods.map(() => METRIC_NAMES.map(() => [] as number[]));
    let inPool = 0;
    let relevantTotal = 0;
    let poolTotal = 0;
    for (const { p, relevant } of queries) {
      const q = queryOf(index, p);
      const pool = (task === "partners" ? scorer.partners(q) : scorer.networks(q)) as CandidatePool<string>;
      poolTotal += pool.items.length;
      relevantTotal += relevant.size;
      for (const item of pool.items) if (relevant.has(item)) inPool++;
      methods.forEach((m, j) => {
        const metrics = rankingMetrics(rankByScore(pool.items, m.score(pool)), relevant, o.k);
        METRIC_NAMES.forEach((name, t) => perMethod[j]![t]!.push(metrics[name]));
      });
    }
    const summary = (j: number) => Object.fromEntries(METRIC_NAMES.map((name, t) => [name, meanSE(perMethod[j]![t]!)])) as MethodResult["metrics"];
    const results: MethodResult[] = methods.map((m, j) => ({ method: m.method, label: m.label, kind: m.kind, metrics: summary(j) }));
    const baselineIdx = methods.map((m, j) => (m.kind === "baseline" ? j : -1)).filter((j) => j >= 0);
    const best = baselineIdx.reduce((b, j) => (results[j]!.metrics.hits.mean > results[b]!.metrics.hits.mean ? j : b), baselineIdx[0]!);
    results.forEach((r, j) => {
      if (j === best) return;
      r.vsBest = Object.fromEntries(METRIC_NAMES.map((name, t) => [name, pairedDifference(perMethod[j]![t]!, perMethod[best]![t]!)])) as MethodResult["vsBest"];
    });
    tasks.push({
      task,
      queries: queries.length,
      relevantPerQuery: queries.length ? relevantTotal / queries.length : 0,
      candidateRecall: relevantTotal ? inPool / relevantTotal : 0,
      poolSize: queries.length ? poolTotal / queries.length : 0,
      bestBaseline: methods[best]!.method,
      methods: results,
    });
  }
  return { cutoff: split.cutoff, historyNetworks: history, futureNetworks: future.length, k: o.k, rankers, tasks };
}

export { PARTNER_FEATURES, NETWORK_FEATURES };
