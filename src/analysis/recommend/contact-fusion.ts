// Introductions by reciprocal rank fusion (Cormack, Clarke & Büttcher 2009): the hand-weighted
// score of contacts.ts, the rooted random walk of contact-walk.ts and the candidate's recent
// activity (networks it started in the last `activityYears` of the history: a new link needs both
// organisations to join a new network) each rank the organisations r has not met; a candidate's
// fused score is Σ over the lists of 1 / (k + rank). Each list keeps its best `depth` candidates;
// the activity list orders the hand score's candidates only (activity alone says nothing about r).
import { contactWalk, type ContactWalkOptions } from "./contact-walk.ts";
import { neighbourWeights, rankContacts, type ContactScorer } from "./contacts.ts";
import { YEAR_MS } from "../years.ts";

export const CONTACT_FUSION_DEFAULTS = {
  /** The rank offset k of reciprocal rank fusion. */
  k: 60,
  /** Candidates kept from each list. */
  depth: 1000,
  /** Years before the history's newest network that count as recent activity. */
  activityYears: 1,
  walk: {} as Partial<ContactWalkOptions>,
};
export type ContactFusionOptions = typeof CONTACT_FUSION_DEFAULTS;
export const CONTACT_FUSION_LISTS = ["hand", "walk", "activity"] as const;
export type ContactFusionList = (typeof CONTACT_FUSION_LISTS)[number];

const recentCache = new WeakMap<ContactScorer, Map<number, Float64Array>>();

/** Per organisation: its history networks that started in the last `years` before the newest one. */
export function recentNetworks(s: ContactScorer, years: number): Float64Array {
  let byYears = recentCache.get(s);
  if (!byYears) recentCache.set(s, (byYears = new Map()));
  let out = byYears.get(years);
  if (out) return out;
  const { index, newest } = s;
  out = Float64Array.from(index.partnerProjects, (ps) => {
    let n = 0;
    for (const p of ps) {
      const d = index.projectStarts[p];
      if (d && newest - Date.parse(d) <= years * YEAR_MS) n++;
    }
    return n;
  });
  byYears.set(years, out);
  return out;
}

/** Candidates of r by fused rank, best first (`without`: lists left out, for the ablation). */
export function fusedContacts(s: ContactScorer, r: number, limit: number, options: Partial<ContactFusionOptions> = {}, without: readonly ContactFusionList[] = []): { partner: number; score: number }[] {
  const o = { ...CONTACT_FUSION_DEFAULTS, ...options };
  const met = neighbourWeights(s, r);
  const best = (scores: Iterable<[number, number]>) =>
    [...scores].filter(([c]) => c !== r && !met.has(c)).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, o.depth).map(([c]) => c);
  const hand = rankContacts(s, r, Infinity);
  const lists: Record<ContactFusionList, () => number[]> = {
    hand: () => hand.slice(0, o.depth).map((c) => c.partner),
    walk: () => best(contactWalk(s, r, o.walk)),
    activity: () => {
      const recent = recentNetworks(s, o.activityYears);
      return best(hand.map((c) => [c.partner, recent[c.partner]!] as [number, number]));
    },
  };
  return reciprocalRankFusion(CONTACT_FUSION_LISTS.filter((name) => !without.includes(name)).map((name) => lists[name]()), o.k, limit);
}

/** Σ over the lists of 1 / (k + rank), rank from 0; best first, ties by the smaller partner. */
export function reciprocalRankFusion(lists: readonly (readonly number[])[], k: number, limit: number): { partner: number; score: number }[] {
  const fused = new Map<number, number>();
  for (const list of lists) list.forEach((c, i) => fused.set(c, (fused.get(c) ?? 0) + 1 / (k + i)));
  return [...fused].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, limit).map(([partner, score]) => ({ partner, score }));
}
