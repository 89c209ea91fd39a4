// A declared family of introduction scores, computed for one organisation r in one pass over its
// two-step neighbourhood. Each variant weights a common partner s of r and a candidate c by the
// recency of the latest network r and s shared, and s and c shared (contacts.ts), times
//   commonNeighbours    1
//   adamicAdar          1 / ln(e + degree(s))     (Adamic & Adar 2003)
//   resourceAllocation  1 / degree(s)             (Zhou, Lü & Zhang 2009)
// where degree(s) = the distinct organisations s shared a history network with; plus the served
// theme term (themeWeight · cosine of the theme profiles) and the tiny activity term. Each weighting
// is used alone or fused with the rooted random walk (contact-walk.ts) by reciprocal rank fusion
// (contact-fusion.ts, k = 60). Which weighting wins depends on the graph (CORDIS prefers 1/log,
// generated data 1/degree), so the variant is chosen on each graph's own history (contact-model.ts).
// The common partners expanded are the served score's (at most maxVia per query), so every
// variant ranks the same pool and the pool is walked once, whatever the number of variants.
import { contactWalk, type ContactWalkOptions } from "./contact-walk.ts";
import { reciprocalRankFusion, CONTACT_FUSION_DEFAULTS } from "./contact-fusion.ts";
import { cosine, neighbourWeights, type ContactCandidate, type ContactScorer } from "./contacts.ts";

export const CONTACT_WEIGHTINGS = ["commonNeighbours", "adamicAdar", "resourceAllocation"] as const;
export type ContactWeighting = (typeof CONTACT_WEIGHTINGS)[number];

export interface ContactVariant {
  weighting: ContactWeighting;
  /** Fused with the random walk. */
  walk: boolean;
  /** Without the theme term (the ablation only; every variant of the family has it). */
  noTheme?: boolean;
}

/** The family, simplest first (a tie in the selection goes to the earlier one). */
export const CONTACT_VARIANTS: readonly ContactVariant[] = [false, true].flatMap((walk) => CONTACT_WEIGHTINGS.map((weighting) => ({ weighting, walk })));

export const variantName = (v: ContactVariant): string => `${v.weighting}${v.walk ? "+walk" : ""}${v.noTheme ? "-theme" : ""}`;

export const CONTACT_VARIANT_DEFAULTS = {
  /** The rank offset k of the fusion with the walk. */
  k: CONTACT_FUSION_DEFAULTS.k,
  /** Candidates kept from each list before fusing. */
  depth: CONTACT_FUSION_DEFAULTS.depth,
  walk: {} as Partial<ContactWalkOptions>,
  /** Name each candidate's common partners (for reasons; a fit needs only the order). */
  common: true,
};
export type ContactVariantOptions = typeof CONTACT_VARIANT_DEFAULTS;

/** A ranked candidate of a variant; `walkRank`: its rank in the walk's list when the walk was fused (1 = first). */
export interface VariantCandidate extends ContactCandidate {
  walkRank?: number;
  /** Its rank in the weighting's own list (1 = first; undefined when outside it). */
  pathRank?: number;
}

const weightOf: Record<ContactWeighting, (degree: number) => number> = {
  commonNeighbours: () => 1,
  adamicAdar: (d) => 1 / Math.log(Math.E + d),
  resourceAllocation: (d) => 1 / Math.max(1, d),
};

/** Each variant's candidates for r, best first (at most `limit` each), from one pass over r's pool. */
export function rankContactVariants(s: ContactScorer, r: number, variants: readonly ContactVariant[], limit: number, options: Partial<ContactVariantOptions> = {}): VariantCandidate[][] {
  const o = { ...CONTACT_VARIANT_DEFAULTS, ...options };
  const { index, options: so } = s;
  const mine = neighbourWeights(s, r);
  const weightings = CONTACT_WEIGHTINGS.filter((w) => variants.some((v) => v.weighting === w));
  const sums = new Map<number, Float64Array>();
  const via = new Map<number, { s: number; w: number; degree: number }[]>();
  const via0 = [...mine].filter(([x]) => s.strength[x]! > 0).sort((a, b) => b[1] * s.through[b[0]]! - a[1] * s.through[a[0]]! || a[0] - b[0]).slice(0, so.maxVia);
  for (const [x, wrx] of via0) {
    const nx = neighbourWeights(s, x);
    const g = weightings.map((w) => weightOf[w](nx.size));
    for (const [c, wxc] of nx) {
      if (c === r || mine.has(c)) continue;
      const add = wrx * wxc;
      let sum = sums.get(c);
      if (!sum) sums.set(c, (sum = new Float64Array(weightings.length)));
      for (let j = 0; j < g.length; j++) sum[j]! += add * g[j]!;
      const list = via.get(c);
      const entry = { s: x, w: add, degree: nx.size };
      if (list) list.push(entry);
      else via.set(c, [entry]);
    }
  }
  // Organisations without common partners, met through the themes (as the served score does).
  const onThemes = new Map<number, number>();
  for (const [t, v] of s.themeProfile[r]!) {
    for (const [c, n] of index.themePartnerCounts[t]!) if (c !== r && !mine.has(c)) onThemes.set(c, (onThemes.get(c) ?? 0) + v * n);
  }
  const themeOnly = [...onThemes].filter(([c]) => !sums.has(c)).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, so.themeCandidates).map(([c]) => c);
  const candidates = [...sums.keys(), ...themeOnly];
  const theme = candidates.map((c) => cosine(s.themeProfile[r]!, s.themeProfile[c]!));
  const activity = candidates.map((c) => so.activityWeight * Math.log1p(index.partnerProjects[c]!.length));
  // Common partners, the largest contribution under the variant's own weighting first.
  const common = (c: number, g: (degree: number) => number) =>
    (via.get(c) ?? []).map((v) => ({ s: v.s, w: v.w * g(v.degree) })).sort((x, y) => y.w - x.w || x.s - y.s).map((v) => v.s);
  const order = (score: ArrayLike<number>) => Array.from(candidates.keys()).sort((a, b) => score[b]! - score[a]! || candidates[a]! - candidates[b]!);
  let walkList: number[] | undefined;
  const walk = () => {
    if (walkList) return walkList;
    const mass = contactWalk(s, r, o.walk);
    return (walkList = [...mass].filter(([c]) => c !== r && !mine.has(c)).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, o.depth).map(([c]) => c));
  };
  const slot = new Map(candidates.map((c, i) => [c, i]));
  return variants.map((v) => {
    const j = weightings.indexOf(v.weighting);
    const tw = v.noTheme ? 0 : so.themeWeight;
    const score = Float64Array.from(candidates, (c, i) => (sums.get(c)?.[j] ?? 0) + tw * theme[i]! + activity[i]!);
    const ranked = order(score);
    const item = (i: number, sc: number): VariantCandidate => ({ partner: candidates[i]!, score: sc, common: o.common ? common(candidates[i]!, weightOf[v.weighting]) : [], themeSimilarity: theme[i]! });
    if (!v.walk) return ranked.slice(0, limit).map((i) => item(i, score[i]!));
    const path = ranked.slice(0, o.depth).map((i) => candidates[i]!);
    const walked = walk();
    const pathRank = new Map(path.map((c, i) => [c, i + 1]));
    const walkRank = new Map(walked.map((c, i) => [c, i + 1]));
    return reciprocalRankFusion([path, walked], o.k, limit).map(({ partner, score: fused }) => {
      const i = slot.get(partner);
      const base: VariantCandidate = i !== undefined ? item(i, fused) : { partner, score: fused, common: [], themeSimilarity: cosine(s.themeProfile[r]!, s.themeProfile[partner]!) };
      const [pr, wr] = [pathRank.get(partner), walkRank.get(partner)];
      return { ...base, ...(pr !== undefined ? { pathRank: pr } : {}), ...(wr !== undefined ? { walkRank: wr } : {}) };
    });
  });
}
