// Sparse vectors as parallel sorted arrays (index, value): the representation every pairwise signal
// uses, so a pair costs one merge over two short lists instead of a dense dot product.
export interface SparseVector {
  keys: Int32Array;
  values: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = { keys: new Int32Array(0), values: new Float64Array(0) };

/** Builds a sorted vector from a key → value map, optionally keeping the `limit` largest values. */
export function sparseVector(entries: Map<number, number>, { normalise = true, limit = Infinity } = {}): SparseVector {
  let list = [...entries].filter(([, v]) => v > 0);
  if (list.length > limit) list = list.sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, limit);
  list.sort((x, y) => x[0] - y[0]);
  const keys = Int32Array.from(list, (e) => e[0]);
  const values = Float64Array.from(list, (e) => e[1]);
  if (normalise) {
    let norm = 0;
    for (const v of values) norm += v * v;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < values.length; i++) values[i]! /= norm;
  }
  return { keys, values };
}

/** Dot product of two sorted vectors; with unit vectors this is their cosine. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const ka = a.keys[i]!;
    const kb = b.keys[j]!;
    if (ka === kb) sum += a.values[i++]! * b.values[j++]!;
    else if (ka < kb) i++;
    else j++;
  }
  return sum;
}

/** The keys both vectors hold, with the product of their values, largest first (ties by key). */
export function sharedKeys(a: SparseVector, b: SparseVector): { key: number; product: number }[] {
  const out: { key: number; product: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const ka = a.keys[i]!;
    const kb = b.keys[j]!;
    if (ka === kb) out.push({ key: ka, product: a.values[i++]! * b.values[j++]! });
    else if (ka < kb) i++;
    else j++;
  }
  return out.sort((x, y) => y.product - x.product || x.key - y.key);
}

/** The value of `key` in a sorted vector (0 when absent), by binary search. */
export function valueAt(v: SparseVector, key: number): number {
  const i = lowerBound(v.keys, key);
  return v.keys[i] === key ? v.values[i]! : 0;
}

/** Whether a sorted list holds x, by binary search. */
export function sortedHas(list: Int32Array, x: number): boolean {
  return list[lowerBound(list, x)] === x;
}

/** The first position in a sorted list whose value is not below x. */
function lowerBound(list: Int32Array, x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
