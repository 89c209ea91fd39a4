// Candidate pairs without comparing all pairs: inverted indexes from partners, themes and each
// project's strongest terms to the projects holding them. For every project the partial weighted
// dot product with every project it meets through a key is accumulated (the classic inverted-index
// similarity join), and its best `candidatesPerProject` partners are kept. A key held by more than
// `maxKeyFrequency` projects (a theme half the programme addresses, a federation in every network)
// is not paired exhaustively — that would be quadratic — but, deterministically, each holder meets
// only its `frequentKeyNeighbours` neighbours in a seeded pseudo-random order of the holders. The
// cost is Σ df² over keys held by at most `maxKeyFrequency` projects plus df·frequentKeyNeighbours
// over the others, so it grows with real neighbours, not with n². Complementarity has keys of its
// own — (theme, axis, side) meets (theme, axis, other side) — because complementary networks share
// little else by definition.
import { COMPLEMENTARITY_AXES, type ProjectProfiles } from "./profiles.ts";
import { COMPLEMENTARITY_DEFAULTS } from "./signals/complementarity.ts";
import { sparseVector, type SparseVector } from "./sparse.ts";
import type { SignalWeights } from "./types.ts";

export const CANDIDATE_DEFAULTS = {
  maxKeyFrequency: 150,
  frequentKeyNeighbours: 4,
  /** Strongest text terms per project used as keys. */
  termsPerProject: 12,
  candidatesPerProject: 20,
};
export type CandidateOptions = typeof CANDIDATE_DEFAULTS;

interface Posting {
  projects: Int32Array;
  values: Float64Array;
  /** For frequent keys: holders sorted by a seeded hash of (project, ringKey), and the hashes. */
  ringHash?: Uint32Array;
  ringKey?: number;
}

/** A 32-bit integer hash (Murmur3 finaliser) of a project, a key and the seed. */
function mix(p: number, key: number, seed: number): number {
  let h = Math.imul(p, 0x9e3779b1) ^ Math.imul(key, 0x85ebca6b) ^ seed;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function buildPostings(vectors: SparseVector[], keyCount: number, cap: number, seed: number, keyOffset: number, limit = Infinity): Posting[] {
  const lists: { p: number; v: number }[][] = Array.from({ length: keyCount }, () => []);
  vectors.forEach((vec, p) => {
    let idx = Array.from(vec.keys.keys());
    if (vec.keys.length > limit) idx = idx.sort((i, j) => vec.values[j]! - vec.values[i]! || i - j).slice(0, limit);
    for (const i of idx) lists[vec.keys[i]!]!.push({ p, v: vec.values[i]! });
  });
  return lists.map((list, key) => {
    if (list.length > cap) {
      const h = (p: number) => mix(p, key + keyOffset, seed);
      list.sort((x, y) => h(x.p) - h(y.p) || x.p - y.p);
      return { projects: Int32Array.from(list, (e) => e.p), values: Float64Array.from(list, (e) => e.v), ringHash: Uint32Array.from(list, (e) => h(e.p)), ringKey: key + keyOffset };
    }
    return { projects: Int32Array.from(list, (e) => e.p), values: Float64Array.from(list, (e) => e.v) };
  });
}

function checkCandidateOptions(o: CandidateOptions) {
  for (const [k, v] of Object.entries(o)) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`diagonal/candidates: ${k} must be an integer ≥ 1, got ${v}`);
  }
}

/**
 * Candidate pairs as sorted pair keys a·n + b (a < b). Only signals with a positive weight
 * contribute keys; outcome overlap follows themes and adds none of its own.
 */
export function candidatePairs(profiles: ProjectProfiles, weights: SignalWeights, seed: number, options: Partial<CandidateOptions> = {}): number[] {
  const o = { ...CANDIDATE_DEFAULTS, ...options };
  checkCandidateOptions(o);
  const n = profiles.projectIds.length;
  const seed32 = mix(seed | 0, Math.floor(seed / 2 ** 32), 0x2545f491);
  const sources: { weight: number; vectors: SparseVector[]; postings: Posting[]; opposite: boolean }[] = [];
  const add = (weight: number, vectors: SparseVector[], keyCount: number, offset: number, limit = Infinity, opposite = false) => {
    if (weight > 0) sources.push({ weight, vectors, postings: buildPostings(vectors, keyCount, o.maxKeyFrequency, seed32, offset, limit), opposite });
  };
  add(weights.themes + weights.outcomes, profiles.themeVectors, profiles.themeIds.length, 0);
  add(weights.partners, profiles.partnerVectors, profiles.partnerIds.length, 1 << 20);
  add(weights.text, profiles.textVectors, profiles.terms.length, 1 << 24, o.termsPerProject);
  // Complementarity pairs projects on opposite sides of an axis on the same theme, which share
  // little else: key (theme, axis, side) meets key (theme, axis, other side).
  add(weights.complementarity, complementarityVectors(profiles), profiles.themeIds.length * COMPLEMENTARITY_AXES.length * 2, 1 << 28, Infinity, true);

  const acc = new Float64Array(n);
  const touched: number[] = [];
  const keep = new Set<number>();
  const touch = (q: number, w: number) => {
    if (q === p) return;
    if (acc[q] === 0) touched.push(q);
    acc[q]! += w;
  };
  const half = Math.ceil(o.frequentKeyNeighbours / 2);
  let p = 0;
  for (; p < n; p++) {
    for (const s of sources) {
      const vec = s.vectors[p]!;
      for (let i = 0; i < vec.keys.length; i++) {
        const posting = s.postings[s.opposite ? vec.keys[i]! ^ 1 : vec.keys[i]!]!;
        const vp = vec.values[i]! * s.weight;
        const qs = posting.projects;
        if (!posting.ringHash) {
          for (let j = 0; j < qs.length; j++) touch(qs[j]!, vp * posting.values[j]!);
          continue;
        }
        // Frequent key: meet only the holders next to p's place in the seeded ring.
        const at = ringPosition(posting, p, seed32);
        for (let d = -half; d <= half; d++) {
          const j = (((at + d) % qs.length) + qs.length) % qs.length;
          touch(qs[j]!, vp * posting.values[j]!);
        }
      }
    }
    const best = touched.length > o.candidatesPerProject ? topK(touched, acc, o.candidatesPerProject) : touched;
    for (const q of best) keep.add(p < q ? p * n + q : q * n + p);
    for (const q of touched) acc[q] = 0;
    touched.length = 0;
  }
  return [...keep].sort((x, y) => x - y);
}

/** Per project: key (theme·axes + axis)·2 + side → excess share, for the sides a project leans to. */
function complementarityVectors(profiles: ProjectProfiles): SparseVector[] {
  const axes = COMPLEMENTARITY_AXES.length;
  return profiles.projectThemes.map((themes, p) => {
    const m = new Map<number, number>();
    for (const { theme } of themes) {
      COMPLEMENTARITY_AXES.forEach((axis, a) => {
        const side = profiles.sides[axis][p]!;
        for (const k of [0, 1]) if (side[k]! >= COMPLEMENTARITY_DEFAULTS.explainFrom) m.set((theme * axes + a) * 2 + k, side[k]!);
      });
    }
    return sparseVector(m, { normalise: false });
  });
}

/** Where p sits (or would sit) in a frequent key's seeded ring: binary search on its hash. */
function ringPosition(posting: Posting, p: number, seed: number): number {
  const hashes = posting.ringHash!;
  const qs = posting.projects;
  const target = mix(p, posting.ringKey!, seed);
  let lo = 0;
  let hi = hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hashes[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  for (let j = lo; j < hashes.length && hashes[j] === target; j++) if (qs[j] === p) return j;
  return lo;
}

/** The k entries with the largest acc (ties by smaller index), by insertion into a short sorted list. */
function topK(items: readonly number[], acc: Float64Array, k: number): number[] {
  const out: number[] = [];
  const before = (x: number, y: number) => acc[x]! > acc[y]! || (acc[x] === acc[y] && x < y);
  for (const q of items) {
    if (out.length === k && !before(q, out[k - 1]!)) continue;
    let i = out.length === k ? k - 1 : out.length;
    if (out.length < k) out.push(q);
    while (i > 0 && before(q, out[i - 1]!)) {
      out[i] = out[i - 1]!;
      i--;
    }
    out[i] = q;
  }
  return out;
}
