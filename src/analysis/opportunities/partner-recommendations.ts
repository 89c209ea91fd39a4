// Partner recommendations: organisations not yet in a network that fit it, by the networks they
// already work in. Two evidence sources, averaged:
//  1. resource allocation (Zhou, Lü & Zhang 2009) along a two-step personalised random walk over the
//     similarity graph (the first two terms of personalised PageRank): w = ½(W + W²) from network P,
//     W the row-normalised similarity restricted to each network's `walkNeighbours` strongest links;
//     score₁(r) = Σ_Q w(P, Q) · [r ∈ Q] / |partners(Q)|;
//  2. how common r is in P's community: score₂(r) = share of the community's networks r is in,
//     divided by the community's mean partner count (so both scores sum to about 1 over partners).
// Similarity already blends themes, text and outcomes, so a partner scores when it works in networks
// like P on P's themes; unlike counting common neighbours, hubs present in every network do not win
// by sheer number of paths.
import type { ProjectProfiles } from "../profiles.ts";
import { neighbourIndex, type NeighbourIndex, type PairScores } from "../similarity.ts";
import type { Opportunity } from "../types.ts";
import { sortedHas } from "../sparse.ts";
import { topK } from "../recommend/top-k.ts";

export const PARTNER_RECOMMENDATION_DEFAULTS = {
  /** Strongest similarity links per network followed by the walk. */
  walkNeighbours: 6,
  /** Recommendations per network. */
  perProject: 3,
  /** Opportunities reported in total (best first); Infinity for all. */
  limit: 2000,
  /** Share of a partner's score from the walk over similar networks (the rest: how common it is in the network's community). */
  walkShare: 0.5,
  /** Share of the walk's weight that stops after one step (the rest takes a second step). */
  firstStepShare: 0.5,
  /** Most common partners kept per community. */
  communityPartners: 100,
  /** Similar networks named in a reason. */
  viaNamed: 3,
};

export interface PartnerRecommendation {
  project: number;
  partner: number;
  score: number;
  /** The similar networks the partner already works in, strongest first. */
  via: number[];
}

/** The top `perProject` partners for each project (or for the projects given), best first, ties by partner index. */
export function recommendPartners(
  profiles: ProjectProfiles,
  pairs: PairScores,
  labels: Int32Array,
  perProject: number,
  projects?: readonly number[],
  walkNeighbours = PARTNER_RECOMMENDATION_DEFAULTS.walkNeighbours,
  neighbours?: NeighbourIndex,
): PartnerRecommendation[][] {
  const { walkShare, firstStepShare, communityPartners } = PARTNER_RECOMMENDATION_DEFAULTS;
  const n = profiles.projectIds.length;
  const index = neighbours ?? neighbourIndex(pairs, n);
  const { offsets, pair, other } = index;
  // Row-normalised transitions over each network's strongest links (entries are sorted strongest first).
  const rowEnd = (p: number) => Math.min(offsets[p + 1]!, offsets[p]! + walkNeighbours);
  const rowTotal = Float64Array.from({ length: n }, (_, p) => {
    let t = 0;
    for (let e = offsets[p]!; e < rowEnd(p); e++) t += pairs.score[pair[e]!]!;
    return t;
  });
  const community = communityPartnerShares(profiles, labels, communityPartners);

  const score = new Float64Array(profiles.partnerIds.length);
  const walk = new Float64Array(n);
  const walked: number[] = [];
  const touched: number[] = [];
  const step = (q: number, w: number) => {
    if (walk[q] === 0) walked.push(q);
    walk[q]! += w;
  };
  const add = (r: number, v: number) => {
    if (score[r] === 0) touched.push(r);
    score[r]! += v;
  };
  const result: PartnerRecommendation[][] = Array.from({ length: n }, () => []);
  // ownBy[r] === p + 1 marks r as already in network p (no Set per network).
  const ownBy = new Int32Array(profiles.partnerIds.length);
  for (const p of projects ?? Array.from({ length: n }, (_, i) => i)) {
    for (const r of profiles.projectPartners[p]!) ownBy[r] = p + 1;
    for (let e = offsets[p]!; e < rowEnd(p); e++) {
      const q = other[e]!;
      const w1 = pairs.score[pair[e]!]! / rowTotal[p]!;
      step(q, w1 * firstStepShare);
      for (let f = offsets[q]!; f < rowEnd(q); f++) {
        const q2 = other[f]!;
        if (q2 !== p) step(q2, ((w1 * pairs.score[pair[f]!]!) / rowTotal[q]!) * (1 - firstStepShare));
      }
    }
    for (const q of walked) {
      const partners = profiles.projectPartners[q]!;
      const share = (walk[q]! / partners.length) * walkShare;
      for (const r of partners) if (ownBy[r] !== p + 1) add(r, share);
      walk[q] = 0;
    }
    walked.length = 0;
    const c = community.get(labels[p]!)!;
    for (const [r, share] of c.top) if (ownBy[r] !== p + 1) add(r, (share / c.meanPartners) * (1 - walkShare));
    const best = topK(touched, score, perProject);
    result[p] = best.map((r) => {
      const via: number[] = [];
      for (let e = offsets[p]!; e < offsets[p + 1]!; e++) if (sortedHas(profiles.partnerProjects[r]!, other[e]!)) via.push(other[e]!);
      return { project: p, partner: r, score: score[r]!, via };
    });
    for (const r of touched) score[r] = 0;
    touched.length = 0;
  }
  return result;
}

/** Per community: its most common partners with the share of its networks they are in. */
function communityPartnerShares(profiles: ProjectProfiles, labels: Int32Array, keep: number) {
  const members = new Map<number, number[]>();
  labels.forEach((c, p) => (members.get(c) ?? members.set(c, []).get(c)!).push(p));
  const out = new Map<number, { top: [number, number][]; meanPartners: number }>();
  for (const [c, ps] of members) {
    const count = new Map<number, number>();
    let total = 0;
    for (const p of ps) for (const r of profiles.projectPartners[p]!) {
      count.set(r, (count.get(r) ?? 0) + 1);
      total++;
    }
    const top = [...count].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, keep).map(([r, k]) => [r, k / ps.length] as [number, number]);
    out.set(c, { top, meanPartners: Math.max(1, total / ps.length) });
  }
  return out;
}

export function partnerRecommendations(
  profiles: ProjectProfiles,
  pairs: PairScores,
  labels: Int32Array,
  projectNames: (p: number) => string,
  options: Partial<typeof PARTNER_RECOMMENDATION_DEFAULTS> = {},
  neighbours?: NeighbourIndex,
): Opportunity[] {
  const { perProject, limit, walkNeighbours, viaNamed } = { ...PARTNER_RECOMMENDATION_DEFAULTS, ...options };
  const all = recommendPartners(profiles, pairs, labels, perProject, undefined, walkNeighbours, neighbours).flat();
  all.sort((x, y) => y.score - x.score || x.project - y.project || x.partner - y.partner);
  return all.slice(0, limit).map((r) => {
    const partner = profiles.partnerNames[r.partner]!;
    const network = projectNames(r.project);
    const via = r.via.slice(0, viaNamed).map(projectNames);
    return {
      kind: "partner-recommendation" as const,
      key: `partner-recommendation:${profiles.projectIds[r.project]}:${profiles.partnerIds[r.partner]}`,
      score: Math.round(r.score * 1e6) / 1e6,
      subjects: [
        { type: "project" as const, id: profiles.projectIds[r.project]! },
        { type: "partner" as const, id: profiles.partnerIds[r.partner]! },
      ],
      reasons: r.via.length
        ? {
            nl: [`${partner} past bij ${network}`, `werkt al mee in ${r.via.length === 1 ? "het gelijkaardige netwerk" : `${r.via.length} gelijkaardige netwerken, o.a.`} ${via.join(", ")}`],
            en: [`${partner} fits ${network}`, `already works in ${r.via.length === 1 ? "the similar network" : `${r.via.length} similar networks, including`} ${via.join(", ")}`],
          }
        : {
            nl: [`${partner} past bij ${network}`, "werkt mee in veel netwerken van dezelfde cluster"],
            en: [`${partner} fits ${network}`, "works in many networks of the same cluster"],
          },
      details: { via: r.via.map((q) => profiles.projectIds[q]), networks: r.via.length },
    };
  });
}
