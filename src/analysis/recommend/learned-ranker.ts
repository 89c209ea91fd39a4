// Learned rankers for partner and network recommendations, fitted on the graph's own history:
// take the networks that started before a cutoff, split them again at the same share (the inner
// cutoff), index the older part, and for every newer network ask for candidates with only what a
// new network has (themes, text, lead). Candidates that really were in it (partners), or that later
// shared ≥ 2 partners other than its lead with it (networks), are relevant. Two models learn from
// these lists:
//   - the ranking model, gradient-boosted trees (boosted-trees.ts) on each candidate's features as
//     log values and as percentiles within its own list (query-features.ts), with every relevant
//     candidate and a seeded sample of the others; each list weighs the same, half for its relevant
//     candidates and half for the others. Trees combine signals a weighted sum cannot ("a co-partner
//     of the lead that is also active on the themes"), and percentiles make a list's scores
//     comparable across crowded and sparse lists;
//   - a logistic regression on pairwise differences of log(1 + feature) (see addRows), whose weights
//     are what the API and the reports show as "what counts" (one number per signal).
// The partner ranker is fitted first: its chances that partners join a network are an input of the
// network ranker (likelyShared, partner-chances.ts), in learning as in every recommendation.
// The future beyond the cutoff is never seen. With too little history the documented defaults
// (DEFAULT_RANKERS) apply, and the model says so.
import seedrandom from "seedrandom";
import type { DiagonalGraph, ProjectNode } from "../graph.ts";
import { CandidateScorer, NETWORK_FEATURES, PARTNER_FEATURES, type CandidatePool, type CandidatePoolOptions, type NetworkQuery } from "./candidates.ts";
import { buildHistoryIndex, type HistoryIndex } from "./history-index.ts";
import { fitLogistic, logisticScore, type LogisticModel } from "./logistic-regression.ts";
import { boostedScore, fitBoostedTrees, type BoostedTreesModel } from "./boosted-trees.ts";
import { baseFeature, modelInputNames, queryInputs } from "./query-features.ts";
import { startBoundary, startsBefore } from "../start-boundary.ts";
import { joinChances } from "./partner-chances.ts";

export const LEARNED_RANKER_DEFAULTS = {
  /** Share of the history used as the inner history when learning (the rest are training queries). */
  historyShare: 0.8,
  /** (relevant, other) candidate pairs sampled per training query (the logistic weights). */
  pairsPerQuery: 40,
  /** Other (not relevant) candidates sampled per training query for the ranking trees; all relevant ones are kept. */
  negativesPerQuery: 60,
  /**
   * Training queries at most (seeded sample), to bound the cost on large graphs: learning runs with
   * every analysis. On CORDIS H2020 1,000 queries gave 27k pairwise rows in 32 s and 2,000 gave 54k
   * in 62 s (both on a loaded two-core machine), with weights of the same signs and order.
   */
  maxQueries: 2000,
  /** Fewer relevant candidates than this (across all training queries): keep the defaults. */
  minPositives: 30,
  /** Weight of a coordinator's decision (accepted = positive, rejected = negative) relative to a history row. */
  decisionWeight: 5,
  /**
   * How the ranking trees learn (boosted-trees.ts): "logistic" each candidate's label on its own;
   * "lambdarank" the order within each training query's list (LambdaMART). On the CORDIS backtest
   * LambdaMART ranked level with the logistic trees (networks 0.141 against 0.142 Hits@10, partners
   * 0.155 against 0.157), also with 150 sampled others per list; with the best 3 other candidates of
   * every feature added to each list it fell to 0.127 and 0.122 (bench/README.md, quality:real).
   */
  objective: "logistic" as "logistic" | "lambdarank",
};

export interface Ranker {
  /** "learned" when fitted on history, "default" otherwise (see reason). */
  source: "learned" | "default";
  reason?: string;
  /** The signal weights (pairwise logistic regression): what the API shows as what counts. */
  model: LogisticModel;
  /** The ranking model when learned: boosted trees over the inputs it names (query-features.ts). */
  trees?: BoostedTreesModel;
}

const defaultModel = (features: readonly string[]): LogisticModel => ({
  features: [...features],
  weights: Object.fromEntries(features.map((f) => [f, f === "similarNetworks" ? 1 : 0])),
  intercept: 0,
  mean: features.map(() => 0),
  scale: features.map(() => 1),
  rows: 0,
  positives: 0,
});

/**
 * The defaults when history is too thin: rank by the product's signal blend over similar networks
 * (themes 0.25, shared partners 0.3, text 0.25 — the analysis defaults), nothing else.
 */
export const DEFAULT_RANKERS = {
  partners: { source: "default", reason: "defaults", model: defaultModel(PARTNER_FEATURES) } as Ranker,
  networks: { source: "default", reason: "defaults", model: defaultModel(NETWORK_FEATURES) } as Ranker,
};

/** The two rankers of a recommender (and of an analysis run, which stores them). */
export type Rankers = { partners: Ranker; networks: Ranker };

/** The defaults, with the reason they apply (e.g. the run's signal weights were given by hand). */
export function defaultRankers(reason: string): Rankers {
  return { partners: { ...DEFAULT_RANKERS.partners, reason }, networks: { ...DEFAULT_RANKERS.networks, reason } };
}

/** The query for a network of the graph: its themes, text and lead; its own partners unknown. */
export function queryOf(index: HistoryIndex, p: number): NetworkQuery {
  return { themes: index.projectThemes[p]!, themeVector: index.themeVectors[p]!, text: index.textVectors[p]!, lead: index.projectLead[p]!, self: p };
}

/** Partners of p (other than its lead) that the history knows, i.e. that could be recommended. */
export function relevantPartners(index: HistoryIndex, p: number): Set<number> {
  const lead = index.projectLead[p];
  return new Set(Array.from(index.projectPartners[p]!).filter((r) => r !== lead && index.partnerProjects[r]!.length > 0));
}

/**
 * History networks sharing at least `minShared` partners with p, its lead not counted: the lead is
 * what the query is given, so counting it would make every network of the lead half relevant.
 */
export function relevantNetworks(index: HistoryIndex, p: number, minShared = 2): Set<number> {
  const count = new Map<number, number>();
  const lead = index.projectLead[p];
  for (const r of index.projectPartners[p]!) {
    if (r === lead) continue;
    for (const q of index.partnerProjects[r]!) if (q !== p) count.set(q, (count.get(q) ?? 0) + 1);
  }
  return new Set([...count].filter(([, c]) => c >= minShared).map(([q]) => q));
}

/** Model input of candidate i: log(1 + value) per feature, in the model's feature order. */
export function modelInput<F extends string>(pool: CandidatePool<F>, features: readonly F[], i: number, out = new Float64Array(features.length)): Float64Array {
  features.forEach((f, j) => (out[j] = Math.log1p(Math.max(0, pool.features[f][i]!))));
  return out;
}

/**
 * Scores of every candidate in a pool under a ranker (log-odds): its trees when learned, else the
 * weights. Trees give equal scores to candidates in the same leaves; the weights' score, scaled far
 * below any leaf value, orders those.
 */
export function rankerScores<F extends string>(ranker: Ranker, pool: CandidatePool<F>): Float64Array {
  const features = ranker.model.features as F[];
  const x = new Float64Array(features.length);
  const linear = Float64Array.from(pool.items, (_, i) => logisticScore(ranker.model, modelInput(pool, features, i, x)));
  if (!ranker.trees) return linear;
  const inputs = queryInputs(pool, ranker.trees.features);
  const d = ranker.trees.features.length;
  return Float64Array.from(pool.items, (_, i) => boostedScore(ranker.trees!, inputs, i * d) + 1e-6 * linear[i]!);
}

export interface Decision {
  a: string;
  b: string;
  accepted: boolean;
}

export interface LearnOptions extends Partial<typeof LEARNED_RANKER_DEFAULTS> {
  seed: number;
  pool?: Partial<CandidatePoolOptions>;
  /** Accepted and rejected network pairs: extra labels for the network ranker. */
  decisions?: readonly Decision[];
}

/** What both rankers learn from: per task, the pairwise rows (weights) and the rows of the ranking trees. */
export interface RankerTraining {
  /** Set when history is too thin: the defaults apply, for this reason. */
  reason?: string;
  partners: { pairs: TrainingRows; lists: TrainingRows };
  networks: { pairs: TrainingRows; lists: TrainingRows };
  /** The partner ranker, fitted before the network rows (whose likelyShared it gives). */
  partnerRanker?: Ranker;
}

export type RankerTask = "partners" | "networks";
export const TASK_FEATURES: Record<RankerTask, readonly string[]> = { partners: PARTNER_FEATURES, networks: NETWORK_FEATURES };

/** Fits both rankers on the networks for which `inHistory` holds (the future stays unseen). */
export function learnRankers(graph: DiagonalGraph, inHistory: (p: ProjectNode) => boolean, options: LearnOptions): Rankers {
  return fitRankers(rankerTraining(graph, inHistory, options), options);
}

/** The training lists of both rankers: queries after the inner cutoff, against the history before it. */
export function rankerTraining(graph: DiagonalGraph, inHistory: (p: ProjectNode) => boolean, options: LearnOptions): RankerTraining {
  const o = { ...LEARNED_RANKER_DEFAULTS, ...options };
  const empty = (task: RankerTask) => ({ pairs: new TrainingRows(TASK_FEATURES[task].length), lists: new TrainingRows(modelInputNames(TASK_FEATURES[task]).length) });
  const rows = { partners: empty("partners"), networks: empty("networks") };
  const starts: string[] = [];
  graph.forEachNode((_, a) => {
    if (a.type === "project" && a.start && inHistory(a)) starts.push(a.start);
  });
  if (starts.length < 20) {
    return { reason: `too little history to learn from (${starts.length} dated networks, need 20)`, ...rows };
  }
  // The inner split never cuts through a tied year or month (start-boundary.ts).
  let inner: ReturnType<typeof startBoundary>;
  try {
    inner = startBoundary(starts, Math.floor(starts.length * o.historyShare));
  } catch {
    return { reason: `too little history to learn from (all ${starts.length} start dates fall in one period)`, ...rows };
  }
  if (inner.before < 10 || inner.total - inner.before < 10) {
    return { reason: `too little history to learn from (its start dates leave ${inner.before} networks before ${inner.cutoff} and ${inner.total - inner.before} from it on, need 10 each)`, ...rows };
  }
  const innerCutoff = inner.cutoff;
  const index = buildHistoryIndex(graph, (p) => inHistory(p) && startsBefore(p.start, innerCutoff));
  const scorer = new CandidateScorer(index, o.pool);
  const rng = seedrandom(`learned-ranker:${o.seed}`);
  let queries: number[] = [];
  index.projectIds.forEach((_, p) => {
    const start = index.projectStarts[p];
    if (!index.known[p] && start !== undefined && !startsBefore(start, innerCutoff) && inHistory({ start } as ProjectNode)) queries.push(p);
  });
  queries = sample(queries, o.maxQueries, rng);

  for (const p of queries) {
    const rp = relevantPartners(index, p);
    if (rp.size) addQuery(rows.partners, scorer.partners(queryOf(index, p)), PARTNER_FEATURES, rp, o, rng);
  }
  // The partner ranker first: its chances that partners join are an input of the network ranker
  // (likelyShared, partner-chances.ts), as they will be when a run's rankers recommend.
  const partnerRanker = fitRanker(rows, "partners", o);
  const networkPool = (p: number) => {
    const q = queryOf(index, p);
    return scorer.networks(q, joinChances(scorer, partnerRanker, q));
  };
  for (const p of queries) {
    const rn = relevantNetworks(index, p);
    if (rn.size) addQuery(rows.networks, networkPool(p), NETWORK_FEATURES, rn, o, rng);
  }
  const networkInputs = modelInputNames(NETWORK_FEATURES);
  for (const d of o.decisions ?? []) {
    // A decided pair: the pair's network features as seen from a (its themes, text and lead), labelled by the decision.
    const a = index.projectIndex.get(d.a);
    const b = index.projectIndex.get(d.b);
    if (a === undefined || b === undefined || !index.known[b]) continue;
    const pool = networkPool(a);
    const i = pool.items.indexOf(b);
    // Paired against the query's median candidate: an accepted pair should rank above it, a rejected one below.
    if (i < 0) continue;
    const x = modelInput(pool, NETWORK_FEATURES, i);
    const median = modelInput(pool, NETWORK_FEATURES, Math.floor(pool.items.length / 2));
    const diff = x.map((v, j) => v - median[j]!);
    rows.networks.pairs.push(diff, d.accepted ? 1 : 0, o.decisionWeight);
    rows.networks.pairs.push(diff.map((v) => -v), d.accepted ? 0 : 1, o.decisionWeight);
    // For the trees: the candidate itself, labelled by the decision, weighing as much as a whole list;
    // ranked against the median candidate, a list of two.
    const inputs = queryInputs(pool, networkInputs);
    const at = (k: number) => inputs.subarray(k * networkInputs.length, (k + 1) * networkInputs.length);
    rows.networks.lists.startGroup();
    rows.networks.lists.push(at(i), d.accepted ? 1 : 0, o.decisionWeight);
    rows.networks.lists.push(at(Math.floor(pool.items.length / 2)), d.accepted ? 0 : 1, o.decisionWeight);
  }
  return { ...rows, partnerRanker };
}

/** Both rankers from their training lists (the partner ranker as fitted while collecting them). */
export function fitRankers(training: RankerTraining, options: Partial<typeof LEARNED_RANKER_DEFAULTS> = {}): Rankers {
  if (training.reason) return defaultRankers(training.reason);
  return { partners: training.partnerRanker ?? fitRanker(training, "partners", options), networks: fitRanker(training, "networks", options) };
}

/**
 * One task's ranker from its training lists. `without` leaves features out of the ranking trees
 * (the ablation of `diagonal evaluate`: what the model loses without each one).
 */
export function fitRanker(training: RankerTraining, task: RankerTask, options: Partial<typeof LEARNED_RANKER_DEFAULTS> = {}, without: readonly string[] = []): Ranker {
  const o = { ...LEARNED_RANKER_DEFAULTS, ...options };
  if (training.reason) return { ...DEFAULT_RANKERS[task], reason: training.reason };
  const { pairs, lists } = training[task];
  if (pairs.relevant < o.minPositives) {
    return { ...DEFAULT_RANKERS[task], reason: `too little history to learn from (${pairs.relevant} relevant candidates in the training queries, need ${o.minPositives})` };
  }
  const kept = (names: readonly string[]) => names.map((f, j) => (without.includes(baseFeature(f)) ? -1 : j)).filter((j) => j >= 0);
  const features = TASK_FEATURES[task];
  const inputs = modelInputNames(features);
  const keepFeatures = kept(features);
  const keepInputs = kept(inputs);
  return {
    source: "learned",
    model: fitLogistic(keepFeatures.map((j) => features[j]!), without.length ? pairs.toTrainingSet(keepFeatures) : pairs.toTrainingSet()),
    trees: fitBoostedTrees(keepInputs.map((j) => inputs[j]!), lists.toTrainingSet(keepInputs), { objective: o.objective }),
  };
}

/** One training query: its pairwise rows (for the weights) and its list rows (for the trees). */
function addQuery<F extends string>(rows: { pairs: TrainingRows; lists: TrainingRows }, pool: CandidatePool<F>, features: readonly F[], relevant: ReadonlySet<number>, o: typeof LEARNED_RANKER_DEFAULTS, rng: () => number) {
  addRows(rows.pairs, pool, features, relevant, o.pairsPerQuery, rng);
  const pos: number[] = [];
  const neg: number[] = [];
  pool.items.forEach((item, i) => (relevant.has(item) ? pos : neg).push(i));
  if (!pos.length || !neg.length) return;
  const inputs = modelInputNames(features);
  const d = inputs.length;
  const x = queryInputs(pool, inputs);
  // A uniform sample: the trees estimate how likely a candidate of the list is relevant, and a sample
  // biased to the top of the list (hard negatives) would teach them that being on top is a bad sign.
  const others = sample(neg, o.negativesPerQuery, rng);
  // Pointwise, each list weighs as many rows as it gives, half for its relevant candidates, half for
  // the others; ranked, every row weighs 1 (NDCG's own normalisation evens out the lists).
  const half = (pos.length + others.length) / 2;
  const ranked = o.objective === "lambdarank";
  rows.lists.startGroup();
  for (const i of pos) rows.lists.push(x.subarray(i * d, (i + 1) * d), 1, ranked ? 1 : half / pos.length);
  for (const i of others) rows.lists.push(x.subarray(i * d, (i + 1) * d), 0, ranked ? 1 : half / others.length);
}

export class TrainingRows {
  private x: number[] = [];
  private y: number[] = [];
  private w: number[] = [];
  private g: number[] = [];
  private groups = 0;
  positives = 0;
  /** Relevant candidates seen (each gives several pairwise rows). */
  relevant = 0;
  constructor(private readonly d: number) {}
  get length() {
    return this.y.length;
  }
  push(values: ArrayLike<number>, label: 0 | 1, weight = 1) {
    for (let j = 0; j < this.d; j++) this.x.push(values[j]!);
    this.y.push(label);
    this.w.push(weight);
    this.g.push(this.groups);
    this.positives += label;
  }
  /** The rows pushed from now on form a new group (one query's list). */
  startGroup() {
    this.groups++;
  }
  /** The rows as typed arrays; `columns` keeps only those feature columns, in that order. */
  toTrainingSet(columns?: readonly number[]) {
    const x = columns ? Float64Array.from({ length: this.y.length * columns.length }, (_, k) => this.x[Math.floor(k / columns.length) * this.d + columns[k % columns.length]!]!) : Float64Array.from(this.x);
    return { x, y: Uint8Array.from(this.y), weight: Float64Array.from(this.w), group: Int32Array.from(this.g) };
  }
}

/**
 * Pairwise rows (RankNet-style learning to rank with a linear model, Burges et al. 2005): up to
 * `pairs` seeded (relevant, other) pairs of the same query, each giving the difference of their
 * inputs labelled 1 and the mirrored difference labelled 0. The model thus learns what orders
 * candidates within one network's list, not what differs between networks; every query weighs the
 * same, however long its list.
 */
function addRows<F extends string>(rows: TrainingRows, pool: CandidatePool<F>, features: readonly F[], relevant: ReadonlySet<number>, pairs: number, rng: () => number) {
  const pos: number[] = [];
  const neg: number[] = [];
  pool.items.forEach((item, i) => (relevant.has(item) ? pos : neg).push(i));
  if (!pos.length || !neg.length) return;
  rows.relevant += pos.length;
  const d = features.length;
  const diff = new Float64Array(d);
  const x = new Float64Array(d);
  const xn = new Float64Array(d);
  for (let k = 0; k < pairs; k++) {
    modelInput(pool, features, pos[Math.floor(rng() * pos.length)]!, x);
    modelInput(pool, features, neg[Math.floor(rng() * neg.length)]!, xn);
    for (let j = 0; j < d; j++) diff[j] = x[j]! - xn[j]!;
    rows.push(diff, 1);
    for (let j = 0; j < d; j++) diff[j] = -diff[j]!;
    rows.push(diff, 0);
  }
}

/** A seeded sample of k items (partial Fisher–Yates), in their original order. */
export function sample<T>(items: readonly T[], k: number, rng: () => number): T[] {
  if (items.length <= k) return [...items];
  const idx = Array.from(items, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, k).sort((x, y) => x - y).map((i) => items[i]!);
}
