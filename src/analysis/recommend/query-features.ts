// The inputs of the learned models, per candidate of one query's pool: for each named feature its
// raw size, log(1 + value), and its percentile within the query's own candidates ("f:rank", 0 the
// lowest, 1 the highest, ties sharing their mean). Raw values compare across queries (a partner in
// ten of the lead's networks); percentiles compare within one list, which is what a ranking is judged
// on — a score that is large for every candidate of a crowded query means little there.
import type { CandidatePool } from "./candidates.ts";

export const RANK_SUFFIX = ":rank";

/** The model inputs of a list of features: each feature's log value, then each one's percentile. */
export function modelInputNames(features: readonly string[]): string[] {
  return [...features, ...features.map((f) => `${f}${RANK_SUFFIX}`)];
}

/** The feature an input is made of ("leadCommon:rank" → "leadCommon"). */
export const baseFeature = (input: string) => (input.endsWith(RANK_SUFFIX) ? input.slice(0, -RANK_SUFFIX.length) : input);

/** Row-major inputs (candidates × inputs) of a pool, in the given input order. */
export function queryInputs<F extends string>(pool: CandidatePool<F>, inputs: readonly string[]): Float64Array {
  const n = pool.items.length;
  const d = inputs.length;
  const out = new Float64Array(n * d);
  const percentiles = new Map<string, Float64Array>();
  inputs.forEach((input, j) => {
    const f = baseFeature(input) as F;
    const values = pool.features[f];
    if (!values) throw new Error(`diagonal/query-features: unknown feature "${f}"`);
    if (input.endsWith(RANK_SUFFIX)) {
      let p = percentiles.get(f);
      if (!p) percentiles.set(f, (p = withinQueryPercentiles(values)));
      for (let i = 0; i < n; i++) out[i * d + j] = p[i]!;
    } else {
      for (let i = 0; i < n; i++) out[i * d + j] = Math.log1p(Math.max(0, values[i]!));
    }
  });
  return out;
}

/** Percentile of each value among all of them: (lower + (equal − 1)/2) / (n − 1), 0.5 when n = 1. */
export function withinQueryPercentiles(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (n <= 1) return out.fill(0.5);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
    const p = (i + (j - i) / 2) / (n - 1);
    for (let t = i; t <= j; t++) out[order[t]!] = p;
    i = j + 1;
  }
  return out;
}
