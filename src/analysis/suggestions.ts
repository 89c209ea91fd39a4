// Collaboration suggestions: for every project its top-k partners-to-be among the scored candidate
// pairs, leaving out pairs that already collaborate (COLLABORATES_WITH either way) and pairs the
// coordinator rejected (excludedPairs, unless their data changed — the caller compares fingerprints).
//
// The diagonal option: a pair is "diagonal" when its projects sit in different communities or share
// no main theme — the cross-links a diagonal learning network exists for. With the option on, a
// diagonal pair gets DIAGONAL_BONUS added to its score, so it outranks any non-diagonal pair that
// scores at most that margin more; clearly better pairs keep their place.
import { nodeKey, type DiagonalGraph, type ProjectNode } from "./graph.ts";
import { periodsOverlap, timeline } from "./network-periods.ts";
import { pairFingerprinter } from "./pair-fingerprint.ts";
import type { ProjectProfiles } from "./profiles.ts";
import { suggestionReasons, AXIS_SIDES } from "./reasons.ts";
import { complementarity } from "./signals/complementarity.ts";
import { sharedPartners } from "./signals/partner-overlap.ts";
import { sharedTermsByLanguage, topSharedTerms } from "./signals/text-similarity.ts";
import { sharedThemes } from "./signals/theme-overlap.ts";
import { neighbourIndex, SIGNAL_NAMES, type NeighbourIndex, type PairScores } from "./similarity.ts";
import type { SignalWeights, Suggestion } from "./types.ts";

export const SUGGESTION_DEFAULTS = {
  suggestionsPerProject: 5,
  /** Score margin within which a diagonal pair is preferred (see above). */
  diagonalBonus: 0.05,
  /** Partners and terms named in an explanation. */
  partnersExplained: 3,
  termsExplained: 5,
  /** Outcome overlap from which "outcomes on the same themes" is mentioned. */
  outcomeReasonFrom: 0.5,
};

export interface SuggestOptions {
  weights: SignalWeights;
  diagonal: boolean;
  suggestionsPerProject: number;
  excludedPairs: ReadonlySet<string>;
  diagonalBonus?: number;
  /** The day seen from (YYYY-MM-DD): only networks running then, with overlapping periods, are paired. */
  now?: string;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** True when the projects are in different communities or share no main theme. */
export function isDiagonal(profiles: ProjectProfiles, labels: Int32Array, a: number, b: number): boolean {
  if (labels[a] !== labels[b]) return true;
  const mb = profiles.mainThemes[b]!;
  return !profiles.mainThemes[a]!.some((t) => mb.includes(t));
}

/**
 * The chosen pairs, best first, before they are explained: each one's projects and score are known
 * here, its signals, reasons and evidence only once `explain` builds it (most of this stage's cost).
 */
export interface ChosenSuggestions {
  /** The chosen pairs (indexes into the scored pairs), best first, ties by ids. */
  order: number[];
  /** The project ids and the score of the n-th chosen pair, as its suggestion will have them. */
  a(n: number): string;
  b(n: number): string;
  score(n: number): number;
  /** The n-th chosen pair as a suggestion. */
  explain(n: number): Suggestion;
}

/** Every project's top-k pairs as explained suggestions, best first (the arguments of chooseSuggestions). */
export function suggestCollaborations(...args: Parameters<typeof chooseSuggestions>): Suggestion[] {
  const chosen = chooseSuggestions(...args);
  return chosen.order.map((_i, n) => chosen.explain(n));
}

/** Every project's top-k pairs, ranked; explained one by one on request (suggestCollaborations explains them all). */
export function chooseSuggestions(
  graph: DiagonalGraph,
  profiles: ProjectProfiles,
  pairs: PairScores,
  labels: Int32Array,
  options: SuggestOptions,
  neighbours?: NeighbourIndex,
): ChosenSuggestions {
  const k = options.suggestionsPerProject;
  if (!Number.isInteger(k) || k < 1) throw new Error(`diagonal/suggestions: suggestionsPerProject must be an integer ≥ 1, got ${k}`);
  const bonus = options.diagonalBonus ?? SUGGESTION_DEFAULTS.diagonalBonus;
  const ids = profiles.projectIds;
  const n = ids.length;
  const m = pairs.score.length;
  const rank = new Float64Array(m);
  const diagonal = new Uint8Array(m);
  const usable = new Uint8Array(m);
  const time = options.now !== undefined ? timeline(ids.map((id) => graph.getNodeAttributes(nodeKey("project", id)) as ProjectNode), options.now) : undefined;
  for (let i = 0; i < m; i++) {
    const a = pairs.a[i]!;
    const b = pairs.b[i]!;
    if (pairs.score[i]! <= 0) continue;
    if (time && !(time.running[a] && time.running[b] && periodsOverlap(time.periods[a]!, time.periods[b]!))) continue;
    if (profiles.collaborations.has(a * n + b)) continue;
    if (options.excludedPairs.size && options.excludedPairs.has(`${ids[a]}|${ids[b]}`)) continue;
    usable[i] = 1;
    diagonal[i] = isDiagonal(profiles, labels, a, b) ? 1 : 0;
    rank[i] = pairs.score[i]! + (options.diagonal && diagonal[i] ? bonus : 0);
  }
  // Each project's entries come strongest first, so once a score plus the largest possible bonus
  // cannot beat the k-th rank the scan stops. Ties are broken by the other project's index (= id order).
  const index = neighbours ?? neighbourIndex(pairs, n);
  const chosen = new Set<number>();
  const top: number[] = [];
  const before = (x: number, ox: number, y: number, oy: number) => rank[x]! > rank[y]! || (rank[x] === rank[y] && ox < oy);
  const otherOf: number[] = [];
  const maxBonus = options.diagonal ? bonus : 0;
  for (let p = 0; p < n; p++) {
    top.length = 0;
    otherOf.length = 0;
    for (let e = index.offsets[p]!; e < index.offsets[p + 1]!; e++) {
      const i = index.pair[e]!;
      if (!usable[i]) continue;
      if (top.length === k && pairs.score[i]! + maxBonus < rank[top[k - 1]!]!) break;
      const o = index.other[e]!;
      if (top.length === k && !before(i, o, top[k - 1]!, otherOf[k - 1]!)) continue;
      let j = top.length === k ? k - 1 : top.length;
      if (top.length < k) {
        top.push(i);
        otherOf.push(o);
      }
      while (j > 0 && before(i, o, top[j - 1]!, otherOf[j - 1]!)) {
        top[j] = top[j - 1]!;
        otherOf[j] = otherOf[j - 1]!;
        j--;
      }
      top[j] = i;
      otherOf[j] = o;
    }
    for (const i of top) chosen.add(i);
  }

  const fingerprint = pairFingerprinter(graph);
  // Best first, ties by ids (indexes follow id order, so numbers compare like the ids).
  const order = [...chosen].sort((x, y) => round(rank[y]!) - round(rank[x]!) || pairs.a[x]! - pairs.a[y]! || pairs.b[x]! - pairs.b[y]!);
  const explain = (n: number): Suggestion => {
    const i = order[n]!;
    const a = pairs.a[i]!;
    const b = pairs.b[i]!;
    const themes = sharedThemes(profiles, a, b);
    const partners = sharedPartners(profiles, a, b);
    const terms = topSharedTerms(profiles, a, b, SUGGESTION_DEFAULTS.termsExplained);
    const comp = options.weights.complementarity > 0 ? complementarity(profiles, a, b).axes : [];
    const signals = Object.fromEntries(SIGNAL_NAMES.map((s) => [s, round(options.weights[s] * pairs.signals[s][i]!)])) as Suggestion["signals"];
    const named = partners.slice(0, SUGGESTION_DEFAULTS.partnersExplained).map((r) => profiles.partnerNames[r]!);
    return {
      a: ids[a]!,
      b: ids[b]!,
      score: round(rank[i]!),
      signals,
      diagonal: diagonal[i] === 1,
      reasons: suggestionReasons({
        themes: themes.map((t) => profiles.themeNames[t]!),
        partners: named,
        terms: sharedTermsByLanguage(profiles, a, b, SUGGESTION_DEFAULTS.termsExplained),
        complementary: comp,
        sameOutcomeThemes: pairs.signals.outcomes[i]! >= SUGGESTION_DEFAULTS.outcomeReasonFrom,
        acrossCommunities: labels[a] !== labels[b],
      }),
      evidence: {
        sharedThemes: themes.map((t) => profiles.themeIds[t]!),
        sharedPartners: partners.map((r) => profiles.partnerIds[r]!),
        topTerms: terms,
        complementarity: comp.map((c) => {
          const [x, y] = AXIS_SIDES[c.axis];
          return c.aSide === 0 ? `${x.key}+${y.key}` : `${y.key}+${x.key}`;
        }),
      },
      fingerprint: fingerprint(ids[a]!, ids[b]!),
    };
  };
  return {
    order,
    a: (n) => ids[pairs.a[order[n]!]!]!,
    b: (n) => ids[pairs.b[order[n]!]!]!,
    score: (n) => round(rank[order[n]!]!),
    explain,
  };
}
