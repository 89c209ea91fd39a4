// The candidates of one introduction query (organisation r) and each candidate's pair features,
// from r's two-step neighbourhood in the history's co-participation graph plus the organisations
// most active on r's themes — never all pairs. The features are what link prediction on
// collaboration graphs knows to work (Liben-Nowell & Kleinberg 2007; Zhou, Lü & Zhang 2009) and
// what the product knows besides:
//   commonPartners      |N(r) ∩ N(c)| over the common partners expanded (at most maxVia)
//   adamicAdar          Σ_s 1 / ln(2 + links(s))
//   resourceAllocation  Σ_s 1 / |N(s)|
//   recentPaths         Σ_s w(r,s)·w(s,c) / ln(2 + links(s)), w the recency of the latest shared network
//   latestPath          max_s w(r,s)·w(s,c): how recent the freshest two-step path is
//   repeatedPaths       Σ_s n(r,s)·n(s,c), n the networks two organisations shared (repeated co-work)
//   themeSimilarity     cosine of the theme profiles; sharedThemes, the themes both work on
//   candidateNetworks, candidatePartners, candidateRecent   the candidate's activity, degree and the
//                       recency of its latest network; queryPartners, queryRecent the same of r
//   sameRegion, sameKind  1 when both organisations share it (where the data has it)
// The hand-weighted score of contacts.ts is kept per candidate (`hand`): the same score and order
// rankContacts serves, and the first stage of the two-stage reranker (contact-reranker.ts).
import type { ContactScorer } from "./contacts.ts";

export const CONTACT_FEATURES = [
  "commonPartners", "adamicAdar", "resourceAllocation", "recentPaths", "latestPath", "repeatedPaths",
  "themeSimilarity", "sharedThemes", "candidateNetworks", "candidatePartners", "candidateRecent",
  "queryPartners", "queryRecent", "sameRegion", "sameKind",
] as const;
export type ContactFeature = (typeof CONTACT_FEATURES)[number];

/** One organisation's neighbours: partner, recency of the latest shared network, networks shared. */
export interface Neighbours {
  ids: Int32Array;
  latest: Float64Array;
  shared: Int32Array;
}

export interface ContactPool {
  items: number[];
  features: Record<ContactFeature, Float64Array>;
  /** The hand-weighted score of each candidate (contacts.ts). */
  hand: Float64Array;
  /** The common partners expanded, strongest possible contribution first (for the reasons). */
  via: number[];
}

const cache = new WeakMap<ContactScorer, Map<number, Neighbours>>();

/** Neighbours of r in the history (cached per scorer: a query reads those of all its common partners). */
export function neighboursOf(s: ContactScorer, r: number): Neighbours {
  let byPartner = cache.get(s);
  if (!byPartner) cache.set(s, (byPartner = new Map()));
  let n = byPartner.get(r);
  if (n) return n;
  const latest = new Map<number, number>();
  const shared = new Map<number, number>();
  for (const p of s.index.partnerProjects[r]!) {
    const w = s.projectWeight[p]!;
    for (const x of s.index.projectPartners[p]!) {
      if (x === r || !s.index.partnerProjects[x]!.length) continue;
      latest.set(x, Math.max(latest.get(x) ?? 0, w));
      shared.set(x, (shared.get(x) ?? 0) + 1);
    }
  }
  const ids = Int32Array.from(latest.keys());
  n = { ids, latest: Float64Array.from(ids, (x) => latest.get(x)!), shared: Int32Array.from(ids, (x) => shared.get(x)!) };
  byPartner.set(r, n);
  return n;
}

/** Recency of an organisation's latest network (1 for the newest of the history). */
function latestActivity(s: ContactScorer, r: number): number {
  let w = 0;
  for (const p of s.index.partnerProjects[r]!) w = Math.max(w, s.projectWeight[p]!);
  return w;
}

const cosine = (a: Map<number, number>, b: Map<number, number>) => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let d = 0;
  let n = 0;
  for (const [t, v] of small) {
    const u = large.get(t);
    if (u !== undefined) {
      d += v * u;
      n++;
    }
  }
  return { cosine: d, shared: n };
};

/** The candidates of r (organisations it has not shared a network with) and their features. */
export function contactPool(s: ContactScorer, r: number): ContactPool {
  const { index, options: o } = s;
  const mine = neighboursOf(s, r);
  const met = new Set(mine.ids);
  const order = Array.from(mine.ids.keys()).filter((i) => s.strength[mine.ids[i]!]! > 0);
  order.sort((a, b) => mine.latest[b]! * s.through[mine.ids[b]!]! - mine.latest[a]! * s.through[mine.ids[a]!]! || mine.ids[a]! - mine.ids[b]!);
  const via = order.slice(0, o.maxVia);
  // Path features per candidate, in the order candidates are met.
  const slot = new Map<number, number>();
  const items: number[] = [];
  const acc = { cn: [] as number[], aa: [] as number[], ra: [] as number[], recent: [] as number[], latest: [] as number[], repeated: [] as number[] };
  for (const i of via) {
    const x = mine.ids[i]!;
    const wrx = mine.latest[i]!;
    const nrx = mine.shared[i]!;
    const tx = s.through[x]!;
    const nx = neighboursOf(s, x);
    const rax = 1 / nx.ids.length;
    for (let j = 0; j < nx.ids.length; j++) {
      const c = nx.ids[j]!;
      if (c === r || met.has(c)) continue;
      let k = slot.get(c);
      if (k === undefined) {
        slot.set(c, (k = items.length));
        items.push(c);
        for (const a of Object.values(acc)) a.push(0);
      }
      const w = wrx * nx.latest[j]!;
      acc.cn[k]! += 1;
      acc.aa[k]! += tx;
      acc.ra[k]! += rax;
      acc.recent[k]! += w * tx;
      acc.latest[k] = Math.max(acc.latest[k]!, w);
      acc.repeated[k]! += nrx * nx.shared[j]!;
    }
  }
  // Organisations without common partners, met through the themes: the most active on r's themes.
  const onThemes = new Map<number, number>();
  for (const [t, v] of s.themeProfile[r]!) {
    for (const [c, n] of index.themePartnerCounts[t]!) if (c !== r && !met.has(c) && !slot.has(c)) onThemes.set(c, (onThemes.get(c) ?? 0) + v * n);
  }
  const themeOnly = [...onThemes].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, o.themeCandidates);
  for (const [c] of themeOnly) {
    slot.set(c, items.length);
    items.push(c);
    for (const a of Object.values(acc)) a.push(0);
  }

  const n = items.length;
  const col = () => new Float64Array(n);
  const f = Object.fromEntries(CONTACT_FEATURES.map((name) => [name, col()])) as Record<ContactFeature, Float64Array>;
  const hand = col();
  const queryPartners = mine.ids.length;
  const queryRecent = latestActivity(s, r);
  const [regionR, kindR] = [index.partnerRegions[r], index.partnerKinds[r]];
  items.forEach((c, k) => {
    const themes = cosine(s.themeProfile[r]!, s.themeProfile[c]!);
    f.commonPartners[k] = acc.cn[k]!;
    f.adamicAdar[k] = acc.aa[k]!;
    f.resourceAllocation[k] = acc.ra[k]!;
    f.recentPaths[k] = acc.recent[k]!;
    f.latestPath[k] = acc.latest[k]!;
    f.repeatedPaths[k] = acc.repeated[k]!;
    f.themeSimilarity[k] = themes.cosine;
    f.sharedThemes[k] = themes.shared;
    f.candidateNetworks[k] = index.partnerProjects[c]!.length;
    f.candidatePartners[k] = neighboursOf(s, c).ids.length;
    f.candidateRecent[k] = latestActivity(s, c);
    f.queryPartners[k] = queryPartners;
    f.queryRecent[k] = queryRecent;
    f.sameRegion[k] = regionR !== undefined && regionR === index.partnerRegions[c] ? 1 : 0;
    f.sameKind[k] = kindR === index.partnerKinds[c] ? 1 : 0;
    hand[k] = acc.recent[k]! + o.themeWeight * themes.cosine + o.activityWeight * Math.log1p(index.partnerProjects[c]!.length);
  });
  return { items, features: f, hand, via: via.map((i) => mine.ids[i]!) };
}
