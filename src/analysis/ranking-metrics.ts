// Ranking metrics for the backtest, per query, with binary relevance (Järvelin & Kekäläinen 2002
// for NDCG; Voorhees 1999 for MRR): given a ranked list and the set of relevant items,
//   Hits@k (recall@k) = |relevant ∩ top k| / |relevant|
//   P@k               = |relevant ∩ top k| / k
//   MRR               = 1 / rank of the first relevant item (0 when none is ranked)
//   NDCG@k            = Σ_{i ≤ k, relevant} 1/log2(i + 1) / Σ_{i ≤ min(k, |relevant|)} 1/log2(i + 1)
// and the summaries across queries: mean ± standard error, and the paired difference of two methods
// on the same queries (mean of per-query differences ± its standard error).
export interface QueryMetrics {
  hits: number;
  precision: number;
  mrr: number;
  ndcg: number;
}

export const METRIC_NAMES = ["hits", "precision", "mrr", "ndcg"] as const satisfies readonly (keyof QueryMetrics)[];

export function rankingMetrics(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): QueryMetrics {
  if (relevant.size === 0) throw new Error("diagonal/metrics: a query needs at least one relevant item");
  if (!Number.isInteger(k) || k < 1) throw new Error(`diagonal/metrics: k must be a whole number ≥ 1, got ${k}`);
  let hitsAtK = 0;
  let dcg = 0;
  let firstRank = 0;
  for (let i = 0; i < ranked.length; i++) {
    if (!relevant.has(ranked[i]!)) continue;
    if (firstRank === 0) firstRank = i + 1;
    if (i < k) {
      hitsAtK++;
      dcg += 1 / Math.log2(i + 2);
    } else break;
  }
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return { hits: hitsAtK / relevant.size, precision: hitsAtK / k, mrr: firstRank ? 1 / firstRank : 0, ndcg: dcg / ideal };
}

export interface MeanSE {
  mean: number;
  se: number;
  n: number;
}

/** Mean and standard error of the mean (sample standard deviation / √n). */
export function meanSE(values: ArrayLike<number>): MeanSE {
  const n = values.length;
  if (n === 0) return { mean: 0, se: 0, n: 0 };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  if (n === 1) return { mean, se: 0, n };
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - mean) ** 2;
  return { mean, se: Math.sqrt(ss / (n - 1) / n), n };
}

/** Paired difference x − y over the same queries: mean ± SE, and how many SEs it is from 0. */
export function pairedDifference(x: ArrayLike<number>, y: ArrayLike<number>): MeanSE & { z: number } {
  if (x.length !== y.length) throw new Error(`diagonal/metrics: paired values must cover the same queries, got ${x.length} and ${y.length}`);
  const d = Float64Array.from({ length: x.length }, (_, i) => x[i]! - y[i]!);
  const m = meanSE(d);
  return { ...m, z: m.se > 0 ? m.mean / m.se : m.mean === 0 ? 0 : Infinity * Math.sign(m.mean) };
}

/** Items ranked by score, best first, ties by the smaller item. */
export function rankByScore(items: readonly number[], score: ArrayLike<number>): number[] {
  const order = items.map((_, i) => i).sort((i, j) => score[j]! - score[i]! || items[i]! - items[j]!);
  return order.map((i) => items[i]!);
}

/** Fractional ranks (1 = best; tied items share the mean of their ranks), parallel to score. */
export function fractionalRanks(score: ArrayLike<number>): Float64Array {
  const n = score.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => score[j]! - score[i]!);
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && score[order[j + 1]!] === score[order[i]!]) j++;
    const r = (i + j) / 2 + 1;
    for (let t = i; t <= j; t++) ranks[order[t]!] = r;
    i = j + 1;
  }
  return ranks;
}
