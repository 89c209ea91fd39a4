// How much of the analysis graph changed between two runs, without keeping either graph: a
// bottom-k MinHash sketch (Broder 1997, "On the resemblance and containment of documents"; Cohen &
// Kaplan 2007, bottom-k sketches) of the set of its elements — every node and every edge with its
// attributes, hashed as graph-fingerprint.ts hashes them. Two sketches estimate the Jaccard
// resemblance J of the two element sets: of the k smallest hashes of their union, the share found
// in both. The change is 1 − J (a changed node counts as one element removed and one added); its
// standard error is about √(J(1 − J)/k), ±0.6 % at 2 % change with k = 512. Graphs with fewer
// elements than k are sketched whole, so their change is exact. One pass also gives the fingerprint.
import type { DiagonalGraph } from "./graph.ts";
import { fingerprintOf, forEachElementDigest } from "./graph-fingerprint.ts";

export const SKETCH_DEFAULTS = {
  /** Hashes kept (k): 512 × 4 bytes, 2.7 KB of base64 stored with a run. */
  size: 512,
};

export interface GraphSketch {
  /** Nodes + edges of the sketched graph. */
  elements: number;
  /** k: the sketch holds the k smallest hashes, or all of them when there are fewer. */
  size: number;
  /** The k smallest distinct 32-bit element hashes, ascending, as big-endian bytes in base64. */
  hashes: string;
}

/** The graph's fingerprint (graph-fingerprint.ts) and its sketch, from one pass over its elements. */
export function graphSummary(graph: DiagonalGraph, options: { size?: number } = {}): { fingerprint: string; sketch: GraphSketch } {
  const k = options.size ?? SKETCH_DEFAULTS.size;
  if (!(Number.isInteger(k) && k > 0)) throw new Error(`diagonal/graph-sketch: size must be a whole number > 0, got ${String(k)}`);
  const all = new Uint32Array(graph.order + graph.size);
  let sum = 0n;
  let i = 0;
  forEachElementDigest(graph, (digest) => {
    sum += digest.readBigUInt64BE(0);
    // Bits 64–95 of the digest: independent of the 64 bits the fingerprint sums.
    all[i++] = digest.readUInt32BE(8);
  });
  all.sort();
  const kept: number[] = [];
  for (let j = 0; j < all.length && kept.length < k; j++) if (j === 0 || all[j] !== all[j - 1]) kept.push(all[j]!);
  return { fingerprint: fingerprintOf(graph.order, graph.size, sum), sketch: { elements: all.length, size: k, hashes: encode(kept) } };
}

function encode(values: readonly number[]): string {
  const bytes = Buffer.alloc(values.length * 4);
  values.forEach((v, j) => bytes.writeUInt32BE(v, j * 4));
  return bytes.toString("base64");
}

function decode(sketch: GraphSketch, which: string): Uint32Array {
  const bytes = typeof sketch?.hashes === "string" ? Buffer.from(sketch.hashes, "base64") : undefined;
  if (!bytes || bytes.length % 4 !== 0) throw new Error(`diagonal/graph-sketch: the ${which} sketch is not a sketch (expected base64 of 32-bit hashes)`);
  const values = new Uint32Array(bytes.length / 4);
  for (let j = 0; j < values.length; j++) values[j] = bytes.readUInt32BE(j * 4);
  return values;
}

/**
 * Estimated share of the two graphs' elements (nodes and edges) not in both: 1 − Jaccard, in
 * [0, 1]. 0 for equal graphs; exact when both have fewer elements than the sketch size.
 */
export function sketchChange(before: GraphSketch, after: GraphSketch): number {
  const a = decode(before, "first");
  const b = decode(after, "second");
  const k = Math.min(before.size, after.size);
  if (!(Number.isInteger(k) && k > 0)) throw new Error(`diagonal/graph-sketch: a sketch has no size (got ${String(before.size)} and ${String(after.size)})`);
  // A sketch holding fewer hashes than its size is its graph's whole set of hashes.
  const bothFull = a.length < before.size && b.length < after.size;
  // Walk the union of the two ascending lists, smallest first, up to k (or all of it when both are whole sets).
  let i = 0;
  let j = 0;
  let union = 0;
  let shared = 0;
  while ((i < a.length || j < b.length) && (bothFull || union < k)) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) i++;
    else if (i >= a.length || b[j]! < a[i]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
    union++;
  }
  return union === 0 ? 0 : 1 - shared / union;
}
