// A two-stage contacts ranker, measured against the hand-weighted score (contacts.ts) and the graph
// baselines: the hand score retrieves the top `top` candidates of an organisation's pool
// (contact-pool.ts), and gradient-boosted trees with the LambdaMART objective (boosted-trees.ts,
// lambda-gradients.ts; Burges 2010) reorder exactly those. Training lists are those same top lists,
// so every other candidate of a list is a hard negative. The inputs are the pair features of
// contact-pool.ts, the hand score itself, and two that carry time — the candidate's networks started
// in the last `freshYears` years of the history, and the common partners linked to both within those
// years — each as its percentile within the query's own list (query-features.ts), so that lists of
// hubs and of small organisations weigh alike.
// Learning uses the history only, as the network and partner rankers do (learned-ranker.ts): the
// history's dated networks are split again at `historyShare` on a boundary between distinct dates
// (start-boundary.ts), the older part is indexed, and each organisation that first meets others in
// the newer part is a training query (a seeded sample of at most `maxQueries`).
import seedrandom from "seedrandom";
import type { DiagonalGraph, ProjectNode } from "../graph.ts";
import { boostedScore, fitBoostedTrees, type BoostedTreesModel } from "./boosted-trees.ts";
import { contactScorer, type ContactScorer } from "./contacts.ts";
import { innerSplitLinks } from "./contact-links.ts";
import { CONTACT_FEATURES, contactPool, neighboursOf } from "./contact-pool.ts";
import { sample, TrainingRows } from "./learned-ranker.ts";
import { baseFeature, queryInputs, RANK_SUFFIX } from "./query-features.ts";

export const CONTACT_RERANK_FEATURES = [...CONTACT_FEATURES, "hand", "candidateFresh", "freshPaths"] as const;
export type ContactRerankFeature = (typeof CONTACT_RERANK_FEATURES)[number];

export const CONTACT_RERANKER_DEFAULTS = {
  /** Candidates the hand score retrieves per query; the trees reorder these. */
  top: 300,
  /** Share of the history used as the inner history when learning. */
  historyShare: 0.8,
  /** Training queries at most (a seeded sample of the organisations with new partners). */
  maxQueries: 600,
  /** Fewer relevant candidates than this in the training lists: no model. */
  minPositives: 30,
  /** A network this many years before the history's newest one, or later, is recent. */
  freshYears: 2,
  trees: 80,
  maxDepth: 3,
  seed: 1,
};
export type ContactRerankerOptions = typeof CONTACT_RERANKER_DEFAULTS;

/** One query's top list: candidates (partner indexes, hand-score order) and their features. */
export interface ContactTopPool {
  items: number[];
  features: Record<ContactRerankFeature, Float64Array>;
}

export interface ContactReranker {
  top: number;
  trees: BoostedTreesModel;
}

const inputsOf = (features: readonly string[]) => features.map((f) => `${f}${RANK_SUFFIX}`);

/** Recent networks per organisation under a scorer (counted once per organisation). */
function freshCounter(s: ContactScorer, freshYears: number) {
  const threshold = Math.pow(2, -freshYears / s.options.halfLifeYears);
  const counts = new Map<number, number>();
  const count = (r: number) => {
    let n = counts.get(r);
    if (n === undefined) {
      n = 0;
      for (const p of s.index.partnerProjects[r]!) if (s.projectWeight[p]! >= threshold) n++;
      counts.set(r, n);
    }
    return n;
  };
  return { threshold, count };
}

const counters = new WeakMap<ContactScorer, ReturnType<typeof freshCounter>>();

/** The `top` best candidates of r by the hand-weighted score, with the reranker's features. */
export function contactTopPool(s: ContactScorer, r: number, top: number, freshYears = CONTACT_RERANKER_DEFAULTS.freshYears): ContactTopPool {
  let fresh = counters.get(s);
  if (!fresh) counters.set(s, (fresh = freshCounter(s, freshYears)));
  const pool = contactPool(s, r);
  const keep = Array.from(pool.items.keys()).sort((a, b) => pool.hand[b]! - pool.hand[a]! || pool.items[a]! - pool.items[b]!).slice(0, top);
  const items = keep.map((i) => pool.items[i]!);
  const features = {} as Record<ContactRerankFeature, Float64Array>;
  for (const f of CONTACT_FEATURES) features[f] = Float64Array.from(keep, (i) => pool.features[f][i]!);
  features.hand = Float64Array.from(keep, (i) => pool.hand[i]!);
  features.candidateFresh = Float64Array.from(items, (c) => fresh.count(c));
  // Common partners met recently by both: r–s and s–c each shared a recent network.
  const slot = new Map(items.map((c, k) => [c, k]));
  const mine = neighboursOf(s, r);
  const recentlyMet = new Set<number>();
  mine.ids.forEach((x, i) => mine.latest[i]! >= fresh.threshold && recentlyMet.add(x));
  const freshPaths = new Float64Array(items.length);
  for (const x of pool.via) {
    if (!recentlyMet.has(x)) continue;
    const nx = neighboursOf(s, x);
    for (let j = 0; j < nx.ids.length; j++) {
      const k = slot.get(nx.ids[j]!);
      if (k !== undefined && nx.latest[j]! >= fresh.threshold) freshPaths[k]! += 1;
    }
  }
  features.freshPaths = freshPaths;
  return { items, features };
}

export interface ContactRerankTraining {
  reason?: string;
  rows: TrainingRows;
  queries: number;
  relevant: number;
  /** Where the inner split fell. */
  innerCutoff?: string;
}

/** Training lists of the reranker on the networks for which `inHistory` holds, or why there are none. */
export function contactRerankTraining(graph: DiagonalGraph, inHistory: (p: ProjectNode) => boolean, options: Partial<ContactRerankerOptions> = {}): ContactRerankTraining {
  const o = { ...CONTACT_RERANKER_DEFAULTS, ...options };
  const inputs = inputsOf(CONTACT_RERANK_FEATURES);
  const rows = new TrainingRows(inputs.length);
  const none = (reason: string): ContactRerankTraining => ({ reason, rows, queries: 0, relevant: 0 });
  const split = innerSplitLinks(graph, inHistory, o.historyShare);
  if ("tooLittle" in split) return none(`too little history to learn from (${split.tooLittle})`);
  const { index, links, innerCutoff } = split;
  const queries = sample([...links.keys()].sort((a, b) => a - b), o.maxQueries, seedrandom(`contact-reranker:${o.seed}`));
  const scorer = contactScorer(index);
  const d = inputs.length;
  let relevant = 0;
  for (const r of queries) {
    const pool = contactTopPool(scorer, r, o.top, o.freshYears);
    const rel = links.get(r)!;
    const y = pool.items.map((c) => (rel.has(c) ? 1 : 0));
    const positives = y.reduce<number>((a, b) => a + b, 0);
    if (!positives || positives === y.length) continue;
    relevant += positives;
    const x = queryInputs(pool, inputs);
    rows.startGroup();
    for (let i = 0; i < y.length; i++) rows.push(x.subarray(i * d, (i + 1) * d), y[i] as 0 | 1);
  }
  return { rows, queries: queries.length, relevant, innerCutoff };
}

/** The reranker from its training lists, `without` some features (the ablation); undefined with too few new partners. */
export function fitContactReranker(training: ContactRerankTraining, options: Partial<ContactRerankerOptions> = {}, without: readonly string[] = []): ContactReranker | undefined {
  const o = { ...CONTACT_RERANKER_DEFAULTS, ...options };
  if (training.reason || training.relevant < o.minPositives) return undefined;
  const inputs = inputsOf(CONTACT_RERANK_FEATURES);
  const keep = inputs.map((f, j) => (without.includes(baseFeature(f)) ? -1 : j)).filter((j) => j >= 0);
  const trees = fitBoostedTrees(keep.map((j) => inputs[j]!), training.rows.toTrainingSet(keep), { objective: "lambdarank", trees: o.trees, maxDepth: o.maxDepth });
  return { top: o.top, trees };
}

/** The partners of a top list reordered by the reranker, best first (ties: the hand score's order). */
export function rerankContacts(model: ContactReranker, pool: ContactTopPool, limit: number): number[] {
  const inputs = model.trees.features;
  const x = queryInputs(pool, inputs);
  const d = inputs.length;
  const score = Float64Array.from(pool.items, (_, i) => boostedScore(model.trees, x, i * d));
  return Array.from(pool.items.keys()).sort((a, b) => score[b]! - score[a]! || a - b).slice(0, limit).map((i) => pool.items[i]!);
}
