// Gradient-boosted regression trees for a binary label (Friedman 2001, "Greedy function
// approximation"), with the second-order leaf values and split gain of Chen & Guestrin 2016
// (XGBoost): each tree fits the logistic loss's gradient g = w·(p − y) and Hessian h = w·p·(1 − p);
// a split's gain is G_L²/(H_L + λ) + G_R²/(H_R + λ) − G²/(H + λ), a leaf's value −η·G/(H + λ).
// Split candidates are the quantiles of each feature (at most `bins` per feature, histogram
// splitting as in LightGBM), so one tree level costs rows × features. No randomness: the same rows
// give the same trees. A model is plain arrays (stored with a run as JSON).
// With `objective: "lambdarank"` the rows come in groups (one query's list each) and the trees fit
// LambdaRank gradients instead (lambda-gradients.ts, LambdaMART): the order within each list, not
// each row's label on its own, is what they learn.
import { lambdaGradients } from "./lambda-gradients.ts";

export const BOOSTED_TREES_DEFAULTS = {
  trees: 80,
  maxDepth: 4,
  learningRate: 0.1,
  /** L2 penalty λ on leaf values. */
  l2: 1,
  /** Smallest Hessian sum (about "rows" near p = 0.5, weighted) a child may have. */
  minChildWeight: 5,
  /** Quantile bins per feature (split candidates). */
  bins: 32,
  /** "logistic" (pointwise, each row's label) or "lambdarank" (the order within each group of rows). */
  objective: "logistic" as "logistic" | "lambdarank",
};
export type BoostedTreesOptions = typeof BOOSTED_TREES_DEFAULTS;

/** One tree as parallel arrays; a node with feature −1 is a leaf holding `value`. Rows with x ≤ threshold go left. */
export interface Tree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface BoostedTreesModel {
  features: string[];
  base: number;
  trees: Tree[];
  rows: number;
  positives: number;
}

export interface WeightedRows {
  /** Row-major: rows × features. */
  x: Float64Array;
  y: Uint8Array;
  weight?: Float64Array;
  /** Group (query) id of every row, a group's rows contiguous: required by the "lambdarank" objective. */
  group?: Int32Array;
}

export function fitBoostedTrees(features: readonly string[], data: WeightedRows, options: Partial<BoostedTreesOptions> = {}): BoostedTreesModel {
  const o = { ...BOOSTED_TREES_DEFAULTS, ...options };
  const d = features.length;
  const m = data.y.length;
  if (d === 0) throw new Error("diagonal/boosted-trees: need at least one feature");
  if (data.x.length !== m * d) throw new Error(`diagonal/boosted-trees: x has ${data.x.length} values, expected ${m} rows × ${d} features`);
  const w = data.weight ?? new Float64Array(m).fill(1);
  let positives = 0;
  let wPos = 0;
  let wAll = 0;
  for (let i = 0; i < m; i++) {
    positives += data.y[i]!;
    wPos += data.y[i]! * w[i]!;
    wAll += w[i]!;
  }
  if (m === 0 || positives === 0 || positives === m) throw new Error(`diagonal/boosted-trees: need positive and negative rows, got ${positives} of ${m}`);
  const ranking = o.objective === "lambdarank";
  if (ranking && data.group?.length !== m) throw new Error(`diagonal/boosted-trees: the lambdarank objective needs a group id per row (${m} rows, ${data.group?.length ?? 0} ids)`);

  const { edges, bin } = binRows(data.x, m, d, o.bins);
  // A ranking's scores have no scale of their own: they start at 0.
  const base = ranking ? 0 : Math.log(wPos / (wAll - wPos));
  const score = new Float64Array(m).fill(base);
  const g = new Float64Array(m);
  const h = new Float64Array(m);
  const order = new Int32Array(m);
  const trees: Tree[] = [];
  // Histograms per depth: a node's is built from the smaller child's rows only and the larger
  // child's is the parent's minus it (the subtraction trick of LightGBM), halving the cost.
  const size = d * o.bins;
  const histG = Array.from({ length: o.maxDepth + 2 }, () => new Float64Array(size));
  const histH = Array.from({ length: o.maxDepth + 2 }, () => new Float64Array(size));
  const spareG = new Float64Array(size);
  const spareH = new Float64Array(size);
  const build = (from: number, to: number, hg: Float64Array, hh: Float64Array) => {
    hg.fill(0);
    hh.fill(0);
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      const gi = g[i]!;
      const hi = h[i]!;
      for (let j = 0, row = i * d; j < d; j++) {
        const c = j * o.bins + bin[row + j]!;
        hg[c]! += gi;
        hh[c]! += hi;
      }
    }
  };
  for (let t = 0; t < o.trees; t++) {
    if (ranking) lambdaGradients(score, data.y, w, data.group!, g, h);
    for (let i = 0; i < m; i++) {
      if (!ranking) {
        const p = 1 / (1 + Math.exp(-score[i]!));
        g[i] = w[i]! * (p - data.y[i]!);
        h[i] = w[i]! * Math.max(p * (1 - p), 1e-12);
      }
      order[i] = i;
    }
    const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
    // Grows the node of rows order[from..to), whose histograms are in histG/histH[depth].
    const grow = (from: number, to: number, depth: number): number => {
      const id = tree.feature.length;
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      let G = 0;
      let H = 0;
      for (let k = from; k < to; k++) {
        G += g[order[k]!]!;
        H += h[order[k]!]!;
      }
      tree.value.push((-o.learningRate * G) / (H + o.l2));
      if (depth >= o.maxDepth || H < 2 * o.minChildWeight) return id;
      const hg = histG[depth]!;
      const hh = histH[depth]!;
      const parent = (G * G) / (H + o.l2);
      let best = 1e-9;
      let bestF = -1;
      let bestB = -1;
      for (let j = 0; j < d; j++) {
        let gl = 0;
        let hl = 0;
        const nb = edges[j]!.length;
        for (let b = 0; b < nb; b++) {
          gl += hg[j * o.bins + b]!;
          hl += hh[j * o.bins + b]!;
          const hr = H - hl;
          if (hl < o.minChildWeight || hr < o.minChildWeight) continue;
          const gr = G - gl;
          const gain = (gl * gl) / (hl + o.l2) + (gr * gr) / (hr + o.l2) - parent;
          if (gain > best) {
            best = gain;
            bestF = j;
            bestB = b;
          }
        }
      }
      if (bestF < 0) return id;
      // Partition the node's rows in place: bin ≤ bestB to the left.
      let i = from;
      let k = to - 1;
      while (i <= k) {
        if (bin[order[i]! * d + bestF]! <= bestB) i++;
        else {
          const tmp = order[i]!;
          order[i] = order[k]!;
          order[k] = tmp;
          k--;
        }
      }
      tree.feature[id] = bestF;
      tree.threshold[id] = edges[bestF]![bestB]!;
      // The smaller child's histogram from its rows, the larger one's by subtraction.
      const leftSmaller = i - from <= to - i;
      const [sFrom, sTo] = leftSmaller ? [from, i] : [i, to];
      build(sFrom, sTo, spareG, spareH);
      const ng = histG[depth + 1]!;
      const nh = histH[depth + 1]!;
      const growChild = (cFrom: number, cTo: number, small: boolean) => {
        if (small) {
          ng.set(spareG);
          nh.set(spareH);
        } else {
          for (let c = 0; c < size; c++) {
            ng[c] = hg[c]! - spareG[c]!;
            nh[c] = hh[c]! - spareH[c]!;
          }
        }
        return grow(cFrom, cTo, depth + 1);
      };
      // The left subtree overwrites the deeper levels, so the right child's histogram is derived first and kept.
      const rightG = new Float64Array(size);
      const rightH = new Float64Array(size);
      for (let c = 0; c < size; c++) {
        rightG[c] = leftSmaller ? hg[c]! - spareG[c]! : spareG[c]!;
        rightH[c] = leftSmaller ? hh[c]! - spareH[c]! : spareH[c]!;
      }
      tree.left[id] = growChild(from, i, leftSmaller);
      ng.set(rightG);
      nh.set(rightH);
      tree.right[id] = grow(i, to, depth + 1);
      return id;
    };
    build(0, m, histG[0]!, histH[0]!);
    grow(0, m, 0);
    for (let i = 0; i < m; i++) score[i]! += leafValue(tree, data.x, i * d);
    trees.push(tree);
  }
  return { features: [...features], base, trees, rows: m, positives };
}

/** The model's score (log-odds) of one row of feature values in model order. */
export function boostedScore(model: BoostedTreesModel, values: ArrayLike<number>, offset = 0): number {
  let s = model.base;
  for (const tree of model.trees) s += leafValue(tree, values, offset);
  return s;
}

function leafValue(tree: Tree, x: ArrayLike<number>, offset: number): number {
  let n = 0;
  while (tree.feature[n]! >= 0) n = x[offset + tree.feature[n]!]! <= tree.threshold[n]! ? tree.left[n]! : tree.right[n]!;
  return tree.value[n]!;
}

/**
 * Per feature, up to `bins` upper bin edges (quantiles of the distinct values; the last is +∞), and
 * every value's bin. A value goes to the first bin whose edge is ≥ it, so "x ≤ edge" is the split.
 */
function binRows(x: Float64Array, m: number, d: number, bins: number): { edges: number[][]; bin: Uint8Array } {
  if (bins > 256) throw new Error("diagonal/boosted-trees: at most 256 bins");
  const edges: number[][] = [];
  const bin = new Uint8Array(m * d);
  const column = new Float64Array(m);
  for (let j = 0; j < d; j++) {
    for (let i = 0; i < m; i++) column[i] = x[i * d + j]!;
    const sorted = Float64Array.from(column).sort();
    const e: number[] = [];
    for (let b = 1; b < bins; b++) {
      const v = sorted[Math.min(m - 1, Math.floor((b * m) / bins))]!;
      // The edge just below the quantile value keeps equal values together.
      const below = lastBelow(sorted, v);
      if (below !== undefined && (e.length === 0 || below > e[e.length - 1]!)) e.push(below);
    }
    e.push(Infinity);
    edges.push(e);
    for (let i = 0; i < m; i++) {
      const v = column[i]!;
      let lo = 0;
      let hi = e.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (e[mid]! >= v) hi = mid;
        else lo = mid + 1;
      }
      bin[i * d + j] = lo;
    }
  }
  return { edges, bin };
}

/** The largest value of a sorted array below v, if any (binary search). */
function lastBelow(sorted: Float64Array, v: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}
