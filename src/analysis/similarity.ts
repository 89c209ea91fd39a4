// Project similarity: every candidate pair scored on each signal (each 0..1), kept separately, and
// combined as score = Σ weight_s · signal_s. The default weights favour what a coordinator can act on:
// shared partners and complementary partners first, then themes and text, then outcomes.
import { type ProjectProfiles } from "./profiles.ts";
import { complementarityValue } from "./signals/complementarity.ts";
import { outcomeOverlap } from "./signals/outcome-overlap.ts";
import { partnerOverlap } from "./signals/partner-overlap.ts";
import { textSimilarity } from "./signals/text-similarity.ts";
import { themeOverlap } from "./signals/theme-overlap.ts";
import type { SignalName, SignalWeights } from "./types.ts";
import { DEFAULT_SIGNAL_WEIGHTS, SIGNAL_NAMES as VOCABULARY_SIGNALS } from "../vocabulary.ts";

export const SIGNAL_NAMES: readonly SignalName[] = VOCABULARY_SIGNALS;

/** Default weights, declared with the signals in the vocabulary. */
export const DEFAULT_WEIGHTS: SignalWeights = { ...DEFAULT_SIGNAL_WEIGHTS };

export interface PairScores {
  a: Int32Array;
  b: Int32Array;
  /** Unweighted signal values (0..1) per signal, parallel to a/b. */
  signals: Record<SignalName, Float64Array>;
  score: Float64Array;
}

export function checkWeights(weights: SignalWeights, module = "diagonal/similarity") {
  for (const name of SIGNAL_NAMES) {
    const w = weights[name];
    if (typeof w !== "number" || !Number.isFinite(w)) throw new Error(`${module}: weights.${name} must be a number, got ${String(w)}`);
    if (w < 0) throw new Error(`${module}: weights.${name} must be ≥ 0, got ${w}`);
  }
  for (const name of Object.keys(weights)) {
    if (!SIGNAL_NAMES.includes(name as SignalName)) throw new Error(`${module}: unknown signal "${name}" in weights (expected ${SIGNAL_NAMES.join(", ")})`);
  }
  if (SIGNAL_NAMES.every((s) => weights[s] === 0)) throw new Error(`${module}: at least one weight must be > 0`);
}

/** Scores the candidate pairs (keys a·n + b from candidatePairs), in the order given. */
export function scorePairs(profiles: ProjectProfiles, pairKeys: readonly number[], weights: SignalWeights): PairScores {
  checkWeights(weights);
  const n = profiles.projectIds.length;
  const m = pairKeys.length;
  const a = new Int32Array(m);
  const b = new Int32Array(m);
  const signals = Object.fromEntries(SIGNAL_NAMES.map((s) => [s, new Float64Array(m)])) as Record<SignalName, Float64Array>;
  const score = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const key = pairKeys[i]!;
    const x = Math.floor(key / n);
    const y = key - x * n;
    a[i] = x;
    b[i] = y;
    const t = themeOverlap(profiles, x, y);
    const p = partnerOverlap(profiles, x, y);
    const tx = textSimilarity(profiles, x, y);
    const o = outcomeOverlap(profiles, x, y);
    const c = weights.complementarity > 0 ? complementarityValue(profiles, x, y) : 0;
    signals.themes[i] = t;
    signals.partners[i] = p;
    signals.text[i] = tx;
    signals.outcomes[i] = o;
    signals.complementarity[i] = c;
    score[i] = weights.themes * t + weights.partners * p + weights.text * tx + weights.outcomes * o + weights.complementarity * c;
  }
  return { a, b, signals, score };
}

/** Each project's scored pairs (score > 0), strongest first, ties by the other project's index. */
export interface NeighbourIndex {
  /** Entries of project p are offsets[p] .. offsets[p + 1] − 1. */
  offsets: Int32Array;
  /** Pair index into PairScores, and the other project, per entry. */
  pair: Int32Array;
  other: Int32Array;
}

export function neighbourIndex(pairs: PairScores, n: number): NeighbourIndex {
  const offsets = new Int32Array(n + 1);
  const m = pairs.score.length;
  for (let i = 0; i < m; i++) {
    if (pairs.score[i]! <= 0) continue;
    offsets[pairs.a[i]! + 1]!++;
    offsets[pairs.b[i]! + 1]!++;
  }
  for (let p = 0; p < n; p++) offsets[p + 1]! += offsets[p]!;
  const fill = offsets.slice(0, n);
  const pair = new Int32Array(offsets[n]!);
  const other = new Int32Array(offsets[n]!);
  for (let i = 0; i < m; i++) {
    if (pairs.score[i]! <= 0) continue;
    const a = pairs.a[i]!;
    const b = pairs.b[i]!;
    pair[fill[a]!] = i;
    other[fill[a]!++] = b;
    pair[fill[b]!] = i;
    other[fill[b]!++] = a;
  }
  for (let p = 0; p < n; p++) {
    const from = offsets[p]!;
    const to = offsets[p + 1]!;
    if (to - from < 2) continue;
    const order = Array.from({ length: to - from }, (_, k) => from + k).sort(
      (x, y) => pairs.score[pair[y]!]! - pairs.score[pair[x]!]! || other[x]! - other[y]!,
    );
    const ps = order.map((k) => pair[k]!);
    const os = order.map((k) => other[k]!);
    pair.set(ps, from);
    other.set(os, from);
  }
  return { offsets, pair, other };
}
