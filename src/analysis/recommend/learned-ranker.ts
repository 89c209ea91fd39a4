// Learned rankers for partner and network recommendations, fitted on the graph's own history:
// take the networks that started before a cutoff, split them again at the same share (the inner
// cutoff), index the older part, and for every newer network ask for candidates with only what a
// new network has (themes, text, lead). Candidates that really were in it (partners), or that later
// shared ≥ 2 partners with it (networks), are relevant; each is paired with a seeded sample of the
// others of the same list, and a logistic regression on the differences of log(1 + feature) gives
// the weights (pairwise learning to rank, see addRows). The future beyond the
// cutoff is never seen. With too little history the documented defaults (DEFAULT_RANKERS) apply,
// and the model says so.
import seedrandom from "seedrandom";
import type { DiagonalGraph, ProjectNode } from "../graph.ts";
import { CandidateScorer, NETWORK_FEATURES, PARTNER_FEATURES, type CandidatePool, type CandidatePoolOptions, type NetworkQuery } from "./candidates.ts";
import { buildHistoryIndex, type HistoryIndex } from "./history-index.ts";
import { fitLogistic, logisticScore, type LogisticModel } from "./logistic-regression.ts";

export const LEARNED_RANKER_DEFAULTS = {
  /** Share of the history used as the inner history when learning (the rest are training queries). */
  historyShare: 0.8,
  /** (relevant, other) candidate pairs sampled per training query. */
  pairsPerQuery: 40,
  /**
   * Training queries at most (seeded sample), to bound the cost on large graphs: learning runs with
   * every analysis. On CORDIS H2020 1,000 queries gave 27k pairwise rows in 32 s and 2,000 gave 54k
   * in 62 s (both on a loaded two-core machine), with weights of the same signs and order.
   */
  maxQueries: 1000,
  /** Fewer relevant candidates than this (across all training queries): keep the defaults. */
  minPositives: 30,
  /** Weight of a coordinator's decision (accepted = positive, rejected = negative) relative to a history row. */
  decisionWeight: 5,
};

export interface Ranker {
  /** "learned" when fitted on history, "default" otherwise (see reason). */
  source: "learned" | "default";
  reason?: string;
  model: LogisticModel;
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

/** History networks sharing at least `minShared` partners with p. */
export function relevantNetworks(index: HistoryIndex, p: number, minShared = 2): Set<number> {
  const count = new Map<number, number>();
  for (const r of index.projectPartners[p]!) for (const q of index.partnerProjects[r]!) if (q !== p) count.set(q, (count.get(q) ?? 0) + 1);
  return new Set([...count].filter(([, c]) => c >= minShared).map(([q]) => q));
}

/** Model input of candidate i: log(1 + value) per feature, in the model's feature order. */
export function modelInput<F extends string>(pool: CandidatePool<F>, features: readonly F[], i: number, out = new Float64Array(features.length)): Float64Array {
  features.forEach((f, j) => (out[j] = Math.log1p(Math.max(0, pool.features[f][i]!))));
  return out;
}

/** Scores of every candidate in a pool under a ranker (log-odds). */
export function rankerScores<F extends string>(ranker: Ranker, pool: CandidatePool<F>): Float64Array {
  const features = ranker.model.features as F[];
  const x = new Float64Array(features.length);
  return Float64Array.from(pool.items, (_, i) => logisticScore(ranker.model, modelInput(pool, features, i, x)));
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

/** Fits both rankers on the networks for which `inHistory` holds (the future stays unseen). */
export function learnRankers(graph: DiagonalGraph, inHistory: (p: ProjectNode) => boolean, options: LearnOptions): Rankers {
  const o = { ...LEARNED_RANKER_DEFAULTS, ...options };
  const starts: string[] = [];
  graph.forEachNode((_, a) => {
    if (a.type === "project" && a.start && inHistory(a)) starts.push(a.start);
  });
  if (starts.length < 20) {
    return defaultRankers(`too little history to learn from (${starts.length} dated networks, need 20)`);
  }
  starts.sort();
  const innerCutoff = starts[Math.floor(starts.length * o.historyShare)]!;
  const index = buildHistoryIndex(graph, (p) => inHistory(p) && p.start !== undefined && p.start < innerCutoff);
  const scorer = new CandidateScorer(index, o.pool);
  const rng = seedrandom(`learned-ranker:${o.seed}`);
  let queries: number[] = [];
  index.projectIds.forEach((_, p) => {
    const start = index.projectStarts[p];
    if (!index.known[p] && start !== undefined && start >= innerCutoff && inHistory({ start } as ProjectNode)) queries.push(p);
  });
  queries = sample(queries, o.maxQueries, rng);

  const rows = { partners: new TrainingRows(PARTNER_FEATURES.length), networks: new TrainingRows(NETWORK_FEATURES.length) };
  for (const p of queries) {
    const q = queryOf(index, p);
    const rp = relevantPartners(index, p);
    if (rp.size) addRows(rows.partners, scorer.partners(q), PARTNER_FEATURES, rp, o.pairsPerQuery, rng);
    const rn = relevantNetworks(index, p);
    if (rn.size) addRows(rows.networks, scorer.networks(q), NETWORK_FEATURES, rn, o.pairsPerQuery, rng);
  }
  for (const d of o.decisions ?? []) {
    // A decided pair: the pair's network features as seen from a (its themes, text and lead), labelled by the decision.
    const a = index.projectIndex.get(d.a);
    const b = index.projectIndex.get(d.b);
    if (a === undefined || b === undefined || !index.known[b]) continue;
    const pool = scorer.networks(queryOf(index, a));
    const i = pool.items.indexOf(b);
    // Paired against the query's median candidate: an accepted pair should rank above it, a rejected one below.
    if (i < 0) continue;
    const x = modelInput(pool, NETWORK_FEATURES, i);
    const median = modelInput(pool, NETWORK_FEATURES, Math.floor(pool.items.length / 2));
    const diff = x.map((v, j) => v - median[j]!);
    rows.networks.push(diff, d.accepted ? 1 : 0, o.decisionWeight);
    rows.networks.push(diff.map((v) => -v), d.accepted ? 0 : 1, o.decisionWeight);
  }
  const fit = (name: "partners" | "networks", features: readonly string[]): Ranker => {
    const r = rows[name];
    if (r.relevant < o.minPositives) {
      return { ...DEFAULT_RANKERS[name], reason: `too little history to learn from (${r.relevant} relevant candidates in the training queries, need ${o.minPositives})` };
    }
    return { source: "learned", model: fitLogistic(features, r.toTrainingSet()) };
  };
  return { partners: fit("partners", PARTNER_FEATURES), networks: fit("networks", NETWORK_FEATURES) };
}

class TrainingRows {
  private x: number[] = [];
  private y: number[] = [];
  private w: number[] = [];
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
    this.positives += label;
  }
  toTrainingSet() {
    return { x: Float64Array.from(this.x), y: Uint8Array.from(this.y), weight: Float64Array.from(this.w) };
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
