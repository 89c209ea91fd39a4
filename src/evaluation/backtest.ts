// The backtest: does Diagonal beat the obvious guesses on this graph's own history? Split the
// networks by start date (temporal-split.ts, never through a tied year or month); index the
// history; for every later network hide its partners except its lead and ask, with only its themes,
// text and lead:
//   partners — who will join it? relevant = its real partners besides its lead that the history knows;
//   networks — which existing networks should it learn from? relevant = those sharing ≥ 2 of its
//              partners, its lead not counted (the lead is given, so it would flatter lead baselines).
// Every method ranks the same candidate pool (recommend/candidates.ts): the plain baselines
// (popularity, theme popularity (IDF), the lead's common neighbours and Adamic–Adar, text TF–IDF and
// the rank average of those five), the product's signal blend, and the learned model — fitted
// exactly as an analysis run at the cutoff would fit it (learnRankers on the history before the
// cutoff, the run's seed and signal weights), so the score is that of the model such a run stores.
// Metrics per query (metrics.ts), mean ± SE, each method's paired difference against the best
// baseline of the same run, and an ablation: the model refitted without each feature, paired with
// the full model. Pure: a graph in, a report out.
import seedrandom from "seedrandom";
import type { DiagonalGraph } from "../analysis/graph.ts";
import { CandidateScorer, NETWORK_FEATURES, PARTNER_FEATURES, type CandidatePool, type CandidatePoolOptions } from "../analysis/recommend/candidates.ts";
import { buildHistoryIndex } from "../analysis/recommend/history-index.ts";
import { joinChances } from "../analysis/recommend/partner-chances.ts";
import { fitRanker, fitRankers, queryOf, rankerScores, rankerTraining, relevantNetworks, relevantPartners, sample, TASK_FEATURES, type Ranker, type Rankers } from "../analysis/recommend/learned-ranker.ts";
import { ANALYSIS_DEFAULTS } from "../schemas/analysis.ts";
import { fractionalRanks, meanSE, METRIC_NAMES, pairedDifference, rankByScore, rankingMetrics, type MeanSE, type QueryMetrics } from "./metrics.ts";
import { projectStarts, splitByStart } from "./temporal-split.ts";

export const BACKTEST_DEFAULTS = {
  k: 10,
  historyShare: 0.8,
  /** Evaluated networks at most per task (seeded sample); Infinity for all. */
  maxQueries: Infinity,
  /** The seed of learning (as an analysis run's) and of the sample of evaluated networks. */
  seed: ANALYSIS_DEFAULTS.seed as number,
  /** Refit the model without each feature and report the paired difference. */
  ablation: true,
  /** Fewer scored networks than this in a task: the report warns that its figures are thin. */
  minQueries: 50,
};

export interface BacktestOptions extends Partial<typeof BACKTEST_DEFAULTS> {
  cutoff?: string;
  /** Candidate pool settings (the run's signal weights among them); the defaults are the run's. */
  pool?: Partial<CandidatePoolOptions>;
  onProgress?: (stage: string) => void;
}

/** The relevance of each task, as printed with its table. */
export const RELEVANCE = {
  partners: "relevant: the network's real partners besides its lead that the history knows",
  networks: "relevant: earlier networks sharing ≥ 2 of its partners, its lead not counted",
} as const;

/** The model without one feature: its paired difference to the full model (without − full). */
export interface AblationRow {
  feature: string;
  hits: MeanSE;
  vsFull: MeanSE & { z: number };
}

export interface MethodResult {
  method: string;
  label: string;
  kind: "baseline" | "diagonal" | "learned";
  metrics: Record<keyof QueryMetrics, MeanSE>;
  /** Paired difference against the best baseline (by Hits@k), per metric. */
  vsBest?: Record<keyof QueryMetrics, MeanSE & { z: number }>;
  /** The learned model's paired difference against each baseline, per metric. */
  vsBaselines?: Record<string, Record<keyof QueryMetrics, MeanSE & { z: number }>>;
}

export interface TaskResult {
  task: "partners" | "networks";
  relevance: string;
  queries: number;
  /** Set when fewer than minQueries networks were scored. */
  warning?: string;
  /** Mean number of relevant items per query. */
  relevantPerQuery: number;
  /** Share of relevant items that are in the candidate pool at all; mean pool size. */
  candidateRecall: number;
  poolSize: number;
  bestBaseline: string;
  methods: MethodResult[];
  ablation?: AblationRow[];
}

export interface BacktestReport {
  cutoff: string;
  /** Where the split fell (and whether it moved off a tied date). */
  split: string;
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
  o.onProgress?.("learning on the history, as a run at the cutoff would");
  // Exactly what an analysis run on the history would fit (services/analysis/run-rankers.ts).
  const learning = { seed: o.seed, ...(o.pool ? { pool: o.pool } : {}) };
  const training = rankerTraining(graph, split.inHistory, learning);
  const rankers = fitRankers(training);
  const ablated = (task: "partners" | "networks"): { feature: string; ranker: Ranker }[] =>
    o.ablation && rankers[task].source === "learned" ? TASK_FEATURES[task].map((feature) => ({ feature, ranker: fitRanker(training, task, {}, [feature]) })) : [];
  o.onProgress?.("indexing the history");
  const index = buildHistoryIndex(graph, split.inHistory);
  const scorer = new CandidateScorer(index, o.pool);
  const future: number[] = [];
  let history = 0;
  index.projectIds.forEach((_, p) => {
    const start = index.projectStarts[p];
    if (index.known[p]) history++;
    else if (start !== undefined && split.inFuture({ start })) future.push(p);
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
    if (o.ablation) o.onProgress?.(`refitting the ${task} model without each feature`);
    const without = ablated(task);
    const ablationHits = without.map(() => [] as number[]);
    const perMethod = methods.map(() => METRIC_NAMES.map(() => [] as number[]));
    let inPool = 0;
    let relevantTotal = 0;
    let poolTotal = 0;
    for (const { p, relevant } of queries) {
      const q = queryOf(index, p);
      const pool = (task === "partners" ? scorer.partners(q) : scorer.networks(q, joinChances(scorer, rankers.partners, q))) as CandidatePool<string>;
      poolTotal += pool.items.length;
      relevantTotal += relevant.size;
      for (const item of pool.items) if (relevant.has(item)) inPool++;
      methods.forEach((m, j) => {
        const metrics = rankingMetrics(rankByScore(pool.items, m.score(pool)), relevant, o.k);
        METRIC_NAMES.forEach((name, t) => perMethod[j]![t]!.push(metrics[name]));
      });
      without.forEach((a, j) => ablationHits[j]!.push(rankingMetrics(rankByScore(pool.items, rankerScores(a.ranker, pool)), relevant, o.k).hits));
    }
    const learnedHits = perMethod[methods.findIndex((m) => m.kind === "learned")]![METRIC_NAMES.indexOf("hits")]!;
    const summary = (j: number) => Object.fromEntries(METRIC_NAMES.map((name, t) => [name, meanSE(perMethod[j]![t]!)])) as MethodResult["metrics"];
    const results: MethodResult[] = methods.map((m, j) => ({ method: m.method, label: m.label, kind: m.kind, metrics: summary(j) }));
    const baselineIdx = methods.map((m, j) => (m.kind === "baseline" ? j : -1)).filter((j) => j >= 0);
    const best = baselineIdx.reduce((b, j) => (results[j]!.metrics.hits.mean > results[b]!.metrics.hits.mean ? j : b), baselineIdx[0]!);
    const paired = (j: number, b: number) => Object.fromEntries(METRIC_NAMES.map((name, t) => [name, pairedDifference(perMethod[j]![t]!, perMethod[b]![t]!)])) as NonNullable<MethodResult["vsBest"]>;
    results.forEach((r, j) => {
      if (j !== best) r.vsBest = paired(j, best);
      if (r.kind === "learned") r.vsBaselines = Object.fromEntries(baselineIdx.map((b) => [methods[b]!.method, paired(j, b)]));
    });
    tasks.push({
      task,
      relevance: RELEVANCE[task],
      queries: queries.length,
      ...(queries.length < o.minQueries ? { warning: `only ${queries.length} networks scored (fewer than ${o.minQueries}): differences are uncertain` } : {}),
      relevantPerQuery: queries.length ? relevantTotal / queries.length : 0,
      candidateRecall: relevantTotal ? inPool / relevantTotal : 0,
      poolSize: queries.length ? poolTotal / queries.length : 0,
      bestBaseline: methods[best]!.method,
      methods: results,
      ...(without.length ? { ablation: without.map((a, j) => ({ feature: a.feature, hits: meanSE(ablationHits[j]!), vsFull: pairedDifference(ablationHits[j]!, learnedHits) })) } : {}),
    });
  }
  return { cutoff: split.cutoff, split: split.note, historyNetworks: history, futureNetworks: future.length, k: o.k, rankers, tasks };
}

export { PARTNER_FEATURES, NETWORK_FEATURES };
