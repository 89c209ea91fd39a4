// Candidates and their features for one network — in the graph or not yet — from a HistoryIndex:
// which organisations could join it (partner candidates) and which existing networks it could learn
// from (network candidates). A query carries only what a new network has: themes, a description and
// a lead partner. Every candidate comes with the same named features, so the plain baselines (one
// feature each), the product's signal blend and the learned model all rank the same pool.
//
// Candidate generation: the union of the best `perFeature` items of every feature (a bounded heap
// per feature; never all pairs), and for networks also the networks of the lead's closest co-partners
// and of the partners most likely to join (two hops). Whatever is outside that pool cannot be
// recommended by anyone; the backtest reports this as candidate recall. Features:
//   popularity        ln(1 + networks the partner is in) / ln(1 + size of the network)
//   recentActivity    networks the partner started in the history's last `recentDays` (who is active now)
//   sameRegionAsLead  1 when the partner is based in the lead's region
//   themePopularity   Σ_t w(t)·idf(t)·(partner's networks on t)     — "theme popularity (IDF)"
//   themeShare        Σ_t w(t)·(partner's networks on t) / its networks — affinity, not size
//   leadCommon        networks shared with the lead (common neighbours, Liben-Nowell & Kleinberg 2007)
//   leadAdamicAdar    Σ over networks shared with the lead of 1/ln(size) (Adamic & Adar 2003)
//   leadRecent        networks shared with the lead that started in the history's last `recentDays`
//                     (teams that worked together lately tend to team up again)
//   leadOnThemes      networks shared with the lead on the new network's themes, each weighted by the
//                     themes' weights (who worked with the lead on this subject, not just with the lead)
//   text              Σ over the `textNeighbours` most similar networks by TF–IDF cosine of cos·[r ∈ Q]
//   similarNetworks   the product's signal blend (themes, partners, text at the run's signal weights) over
//                     the `signalNeighbours` most similar networks, Σ s·[r ∈ Q]/|Q| (resource allocation)
// Network candidates also carry:
//   leadTies          Σ over its partners other than the lead of the networks each shared with the lead
//                     (how often its people worked with the lead, not only whether they did)
//   leadTiesOnThemes  the same, counting only networks shared with the lead on the new network's themes
//   leadTiesRecent    the same, counting only networks shared with the lead in the history's last `recentDays`
//   memberRecent      Σ over its partners other than the lead of ln(1 + networks the partner started in the
//                     history's last `recentDays`): are its people still active
//   likelyShared      Σ over its partners other than the lead of the partner ranker's chance that the partner
//                     joins the new network (partner-chances.ts; 0 when no chances are given): the partners
//                     the two networks are expected to share, as the learned partner model sees them
//   age               years from its start to the newest start of the history (0 = the newest)
//   memberThemes      Σ over its partners other than the lead of Σ_t w(t)·ln(1 + the partner's networks on t):
//                     how active its people are on the new network's themes (who may join it too)
//   memberPopularity  Σ over its partners other than the lead of ln(1 + networks the partner is in)
//   expectedShared    Σ over its partners other than the lead of the chance each joins the new network,
//                     1 − (1 − a)(1 − b) with a = share of the lead's networks it was in and b = Σ_t w(t)·
//                     share of the networks on t it was in: the expected number of partners the two
//                     networks will share (relevance for networks is sharing two)
import { DEFAULT_SIGNAL_WEIGHTS, type SignalWeights } from "../../vocabulary.ts";
import { sortedHas, valueAt, type SparseVector } from "../sparse.ts";
import type { HistoryIndex } from "./history-index.ts";
import { topK } from "./top-k.ts";
import { YEAR_MS } from "../years.ts";

export const CANDIDATE_POOL_DEFAULTS = {
  /**
   * Best items kept per feature; the pool is their union. Set from the backtest's candidate recall
   * on CORDIS H2020 (npm run quality:real -- --source cordis --per-feature N): 300 instead of 100
   * raises recall from 51 % to 67 % (partners) and from 32 % to 50 % (networks) but leaves the
   * learned model's Hits@10 where it was (0.133 and 0.179 against 0.134 and 0.183): the extra
   * candidates rank below the tenth place, at 2.6 times the pool and its cost.
   */
  perFeature: 100,
  textNeighbours: 30,
  signalNeighbours: 30,
  /** Co-partners of the lead whose networks become network candidates. */
  leadNeighbours: 30,
  /**
   * Partners most likely to join the new network (by the chance behind expectedShared) whose
   * networks become network candidates, weighted by that chance; 0 for none.
   */
  likelyPartners: 50,
  /** Window, in days before the newest network of the history, for recentActivity. */
  recentDays: 365,
  /** The signal weights of the blend behind similarNetworks (themes, partners and text of them). */
  weights: DEFAULT_SIGNAL_WEIGHTS as SignalWeights,
};
export type CandidatePoolOptions = typeof CANDIDATE_POOL_DEFAULTS;

export const PARTNER_FEATURES = ["popularity", "recentActivity", "sameRegionAsLead", "themePopularity", "themeShare", "leadCommon", "leadAdamicAdar", "leadRecent", "text", "similarNetworks", "leadOnThemes"] as const;
export type PartnerFeature = (typeof PARTNER_FEATURES)[number];
export const NETWORK_FEATURES = ["popularity", "themes", "text", "leadCommon", "leadAdamicAdar", "similarNetworks", "leadTies", "age", "memberThemes", "memberPopularity", "expectedShared", "leadTiesOnThemes", "leadTiesRecent", "memberRecent", "likelyShared"] as const;
export type NetworkFeature = (typeof NETWORK_FEATURES)[number];

export interface NetworkQuery {
  themes: readonly { theme: number; weight: number }[];
  themeVector: SparseVector;
  text: SparseVector;
  /** Lead partner index, or −1. */
  lead: number;
  /** The query's own project index when it is in the graph (never its own candidate). */
  self?: number;
  /** Partners not to recommend (already in the network). */
  excludePartners?: ReadonlySet<number>;
}

export interface CandidatePool<F extends string> {
  items: number[];
  /** Per feature, values parallel to items. */
  features: Record<F, Float64Array>;
}

/** Reusable scratch space for queries against one index (queries are answered one at a time). */
export class CandidateScorer {
  readonly o: CandidatePoolOptions;
  private readonly popularPartners: number[];
  private readonly biggestNetworks: number[];
  private readonly partnerDegree: Float64Array;
  private readonly partnerRecent: Float64Array;
  private readonly recentPartners: number[];
  private readonly partnerAa: Float64Array;
  private readonly networkPartnerWeight: Float64Array;
  private readonly themeCache = new Map<string, number[]>();
  // Scratch, all zero between queries.
  private readonly cn: Float64Array;
  private readonly aa: Float64Array;
  private readonly leadRecent: Float64Array;
  private readonly leadThemed: Float64Array;
  private readonly recentFrom: string;
  private readonly newestStart: number;
  private readonly textSim: Float64Array;
  private readonly themeSim: Float64Array;
  private readonly themeScratch: Float64Array;

  constructor(readonly index: HistoryIndex, options: Partial<CandidatePoolOptions> = {}) {
    this.o = { ...CANDIDATE_POOL_DEFAULTS, ...options };
    const partners = index.partnerIds.length;
    const n = index.projectIds.length;
    this.partnerDegree = Float64Array.from(index.partnerProjects, (ps) => ps.length);
    this.partnerAa = Float64Array.from(this.partnerDegree, (d) => 1 / Math.log(1 + Math.max(1, d)));
    this.networkPartnerWeight = Float64Array.from(index.projectPartners, (ps, p) => {
      if (!index.known[p]) return 0;
      let s = 0;
      for (const r of ps) s += this.partnerAa[r]!;
      return s;
    });
    const allPartners = Array.from({ length: partners }, (_, r) => r);
    this.popularPartners = topK(allPartners, this.partnerDegree, this.o.perFeature);
    let newest = "";
    index.projectStarts.forEach((s, p) => {
      if (index.known[p] && s !== undefined && s > newest) newest = s;
    });
    this.newestStart = newest ? Date.parse(newest) : NaN;
    const from = (this.recentFrom = newest ? new Date(Date.parse(newest) - this.o.recentDays * 86_400_000).toISOString().slice(0, 10) : "");
    this.partnerRecent = Float64Array.from(index.partnerProjects, (ps) => {
      let c = 0;
      for (const p of ps) if ((index.projectStarts[p] ?? "") >= from) c++;
      return c;
    });
    this.recentPartners = topK(allPartners, this.partnerRecent, this.o.perFeature);
    const size = Float64Array.from(index.projectPartners, (ps, p) => (index.known[p] ? ps.length : -1));
    this.biggestNetworks = topK(Array.from({ length: n }, (_, p) => p), size, this.o.perFeature).filter((p) => index.known[p]);
    this.cn = new Float64Array(partners);
    this.aa = new Float64Array(partners);
    this.leadRecent = new Float64Array(partners);
    this.leadThemed = new Float64Array(partners);
    this.textSim = new Float64Array(n);
    this.themeSim = new Float64Array(n);
    this.themeScratch = new Float64Array(partners);
  }

  /** Partners that could join the network, with their features. */
  partners(q: NetworkQuery): CandidatePool<PartnerFeature> {
    const ix = this.index;
    const { perFeature } = this.o;
    const s = this.networkScratch(q);
    try {
      // Partner scores through similar networks (text and signal blend).
      const textScore = new Map<number, number>();
      for (const p of s.textTop) for (const r of ix.projectPartners[p]!) textScore.set(r, (textScore.get(r) ?? 0) + this.textSim[p]!);
      const similar = new Map<number, number>();
      for (const p of s.signalTop) {
        const ps = ix.projectPartners[p]!;
        for (const r of ps) similar.set(r, (similar.get(r) ?? 0) + s.signal.get(p)! / ps.length);
      }
      const excluded = (r: number) => r === q.lead || (q.excludePartners?.has(r) ?? false);
      const pool = new Set<number>();
      const addTop = (list: Iterable<number>) => {
        for (const r of list) if (!excluded(r)) pool.add(r);
      };
      addTop(this.popularPartners);
      addTop(this.recentPartners);
      addTop(this.themePopular(q));
      addTop(topK(s.coPartners, this.cn, perFeature));
      addTop(topK(s.coPartners, this.aa, perFeature));
      addTop(topK(s.coPartners, this.leadRecent, perFeature));
      addTop(topFromMap(textScore, perFeature));
      addTop(topFromMap(similar, perFeature));
      const items = [...pool].sort((x, y) => x - y);
      const f = emptyFeatures(PARTNER_FEATURES, items.length);
      const leadRegion = q.lead >= 0 ? ix.partnerRegions[q.lead] : undefined;
      items.forEach((r, i) => {
        const degree = this.partnerDegree[r]!;
        let pop = 0;
        let share = 0;
        for (const { theme, weight } of q.themes) {
          const c = ix.themePartnerCounts[theme]!.get(r) ?? 0;
          pop += weight * ix.themeIdf[theme]! * c;
          share += weight * c;
        }
        f.popularity[i] = Math.log1p(degree);
        f.recentActivity[i] = this.partnerRecent[r]!;
        f.sameRegionAsLead[i] = leadRegion !== undefined && ix.partnerRegions[r] === leadRegion ? 1 : 0;
        f.themePopularity[i] = pop;
        f.themeShare[i] = degree > 0 ? share / degree : 0;
        f.leadCommon[i] = this.cn[r]!;
        f.leadAdamicAdar[i] = this.aa[r]!;
        f.leadRecent[i] = this.leadRecent[r]!;
        f.leadOnThemes[i] = this.leadThemed[r]!;
        f.text[i] = textScore.get(r) ?? 0;
        f.similarNetworks[i] = similar.get(r) ?? 0;
      });
      return { items, features: f };
    } finally {
      this.reset(s);
    }
  }

  /**
   * Existing networks the network could learn from, with their features; `joinChance` (partner →
   * chance to join the new network, from the partner ranker) gives likelyShared and steers the
   * two-hop candidates.
   */
  networks(q: NetworkQuery, joinChance?: ReadonlyMap<number, number>): CandidatePool<NetworkFeature> {
    const ix = this.index;
    const { perFeature } = this.o;
    const s = this.networkScratch(q);
    try {
      const pool = new Set<number>();
      const addTop = (list: Iterable<number>) => {
        for (const p of list) if (p !== q.self && ix.known[p]) pool.add(p);
      };
      addTop(this.biggestNetworks);
      addTop(topK(s.themeTouched, this.themeSim, perFeature));
      addTop(topK(s.textTouched, this.textSim, perFeature));
      addTop(s.signalTop);
      if (q.lead >= 0) {
        // The lead's networks and those of its closest co-partners, best `perFeature` by Adamic–Adar.
        const via = new Map<number, number>();
        for (const p of ix.partnerProjects[q.lead]!) via.set(p, 1 / Math.log(2));
        for (const r of topK(s.coPartners, this.aa, this.o.leadNeighbours)) {
          for (const p of ix.partnerProjects[r]!) via.set(p, (via.get(p) ?? 0) + this.aa[r]!);
        }
        via.delete(q.self ?? -1);
        addTop(topFromMap(via, perFeature));
      }
      addTop(this.networksOfLikelyPartners(q, s.coPartners, joinChance));
      const items = [...pool].sort((x, y) => x - y);
      const f = emptyFeatures(NETWORK_FEATURES, items.length);
      items.forEach((p, i) => {
        const ps = ix.projectPartners[p]!;
        let common = 0;
        let aa = 0;
        let ties = 0;
        let tiesOnThemes = 0;
        let tiesRecent = 0;
        let memberRecent = 0;
        let likelyShared = 0;
        let memberThemes = 0;
        let memberPopularity = 0;
        let expectedShared = 0;
        const leadNetworks = q.lead >= 0 ? ix.partnerProjects[q.lead]!.length : 0;
        for (const r of ps) {
          if (r !== q.lead) {
            memberPopularity += Math.log1p(this.partnerDegree[r]!);
            memberRecent += Math.log1p(this.partnerRecent[r]!);
            likelyShared += joinChance?.get(r) ?? 0;
            let b = 0;
            for (const { theme, weight } of q.themes) {
              const c = ix.themePartnerCounts[theme]!.get(r) ?? 0;
              memberThemes += weight * Math.log1p(c);
              b += (weight * c) / Math.max(1, ix.themeProjects[theme]!.length);
            }
            const a = leadNetworks > 0 ? this.cn[r]! / leadNetworks : 0;
            expectedShared += 1 - (1 - Math.min(1, a)) * (1 - Math.min(1, b));
          }
          if (r === q.lead) {
            common += 1;
            aa += 1 / Math.log(2);
          } else if (this.cn[r]! > 0) {
            common += 1;
            aa += this.aa[r]!;
            ties += this.cn[r]!;
            tiesOnThemes += this.leadThemed[r]!;
            tiesRecent += this.leadRecent[r]!;
          }
        }
        const start = ix.projectStarts[p];
        f.leadTies[i] = ties;
        f.leadTiesOnThemes[i] = tiesOnThemes;
        f.leadTiesRecent[i] = tiesRecent;
        f.memberRecent[i] = memberRecent;
        f.likelyShared[i] = likelyShared;
        f.memberThemes[i] = memberThemes;
        f.memberPopularity[i] = memberPopularity;
        f.expectedShared[i] = expectedShared;
        f.age[i] = start !== undefined && Number.isFinite(this.newestStart) ? Math.max(0, (this.newestStart - Date.parse(start)) / YEAR_MS) : 0;
        f.popularity[i] = Math.log1p(ps.length);
        f.themes[i] = this.themeSim[p]!;
        f.text[i] = this.textSim[p]!;
        f.leadCommon[i] = common;
        f.leadAdamicAdar[i] = aa;
        f.similarNetworks[i] = s.signal.get(p) ?? this.signalOf(q, p);
      });
      return { items, features: f };
    } finally {
      this.reset(s);
    }
  }

  /**
   * Two hops through the partners most likely to join: the `likelyPartners` partners with the highest
   * chance of joining (the partner ranker's when given; else 1 − (1 − a)(1 − b), as in expectedShared,
   * over the lead's co-partners and the partners active on the query's themes), and the best
   * `perFeature` of their networks by the sum of their members' chances — the networks the new one
   * is expected to share partners with.
   */
  networksOfLikelyPartners(q: NetworkQuery, coPartners: readonly number[], given?: ReadonlyMap<number, number>): number[] {
    const ix = this.index;
    const k = this.o.likelyPartners;
    if (k <= 0) return [];
    if (given?.size) return this.networksOf(q, given, k);
    const leadNetworks = q.lead >= 0 ? ix.partnerProjects[q.lead]!.length : 0;
    const onThemes = new Map<number, number>();
    for (const { theme, weight } of q.themes) {
      const size = Math.max(1, ix.themeProjects[theme]!.length);
      for (const [r, c] of ix.themePartnerCounts[theme]!) onThemes.set(r, (onThemes.get(r) ?? 0) + (weight * c) / size);
    }
    const chance = new Map<number, number>();
    const join = (r: number) => {
      if (r === q.lead || chance.has(r)) return;
      const a = leadNetworks > 0 ? this.cn[r]! / leadNetworks : 0;
      chance.set(r, 1 - (1 - Math.min(1, a)) * (1 - Math.min(1, onThemes.get(r) ?? 0)));
    };
    for (const r of coPartners) join(r);
    for (const r of onThemes.keys()) join(r);
    return this.networksOf(q, chance, k);
  }

  /** The best `perFeature` networks of the k partners most likely to join, by the sum of their chances. */
  private networksOf(q: NetworkQuery, chance: ReadonlyMap<number, number>, k: number): number[] {
    const ix = this.index;
    const expected = new Map<number, number>();
    for (const r of topK([...chance.keys()], (x) => chance.get(x) ?? 0, k)) {
      if (r === q.lead) continue;
      const c = chance.get(r)!;
      for (const p of ix.partnerProjects[r]!) if (p !== q.self) expected.set(p, (expected.get(p) ?? 0) + c);
    }
    return topFromMap(expected, this.o.perFeature);
  }

  private signalOf(q: NetworkQuery, p: number): number {
    const w = this.o.weights;
    return w.themes * this.themeSim[p]! + w.partners * this.leadPartnerCosine(q, p) + w.text * this.textSim[p]!;
  }

  /** Partner-overlap cosine (Adamic–Adar weights, as in the analysis) of a lead-only network with p. */
  private leadPartnerCosine(q: NetworkQuery, p: number): number {
    if (q.lead < 0 || !sortedHas(this.index.projectPartners[p]!, q.lead)) return 0;
    const w = this.networkPartnerWeight[p]!;
    return w > 0 ? Math.min(1, Math.sqrt(this.partnerAa[q.lead]! / w)) : 0;
  }

  /** Fills the shared scratch for a query: theme and text cosines, the lead's co-partners, the signal blend. */
  private networkScratch(q: NetworkQuery) {
    const ix = this.index;
    const themeTouched: number[] = [];
    for (let i = 0; i < q.themeVector.keys.length; i++) {
      const t = q.themeVector.keys[i]!;
      const qv = q.themeVector.values[i]!;
      for (const p of ix.themeProjects[t]!) {
        if (p === q.self) continue;
        if (this.themeSim[p] === 0) themeTouched.push(p);
        this.themeSim[p]! += qv * valueAt(ix.themeVectors[p]!, t);
      }
    }
    const textTouched: number[] = [];
    for (let i = 0; i < q.text.keys.length; i++) {
      const posting = ix.termPostings[q.text.keys[i]!]!;
      const qv = q.text.values[i]!;
      for (let j = 0; j < posting.projects.length; j++) {
        const p = posting.projects[j]!;
        if (p === q.self) continue;
        if (this.textSim[p] === 0) textTouched.push(p);
        this.textSim[p]! += qv * posting.values[j]!;
      }
    }
    const coPartners: number[] = [];
    const leadProjects = q.lead >= 0 ? ix.partnerProjects[q.lead]! : new Int32Array(0);
    const queryTheme = new Map(q.themes.map(({ theme, weight }) => [theme, weight]));
    for (const p of leadProjects) {
      if (p === q.self) continue;
      const recent = (ix.projectStarts[p] ?? "") >= this.recentFrom ? 1 : 0;
      let onThemes = 0;
      for (const { theme } of ix.projectThemes[p]!) onThemes += queryTheme.get(theme) ?? 0;
      for (const r of ix.projectPartners[p]!) {
        if (r === q.lead) continue;
        if (this.cn[r] === 0) coPartners.push(r);
        this.cn[r]! += 1;
        this.aa[r]! += ix.projectAdamicAdar[p]!;
        this.leadRecent[r]! += recent;
        this.leadThemed[r]! += onThemes;
      }
    }
    const signal = new Map<number, number>();
    for (const p of themeTouched) signal.set(p, 0);
    for (const p of textTouched) signal.set(p, 0);
    for (const p of leadProjects) if (p !== q.self) signal.set(p, 0);
    for (const p of signal.keys()) signal.set(p, this.signalOf(q, p));
    const textTop = topK(textTouched, this.textSim, this.o.textNeighbours);
    const signalTop = topFromMap(signal, this.o.signalNeighbours);
    return { themeTouched, textTouched, coPartners, signal, textTop, signalTop };
  }

  private reset(s: { themeTouched: number[]; textTouched: number[]; coPartners: number[] }) {
    for (const p of s.themeTouched) this.themeSim[p] = 0;
    for (const p of s.textTouched) this.textSim[p] = 0;
    for (const r of s.coPartners) {
      this.cn[r] = 0;
      this.aa[r] = 0;
      this.leadRecent[r] = 0;
      this.leadThemed[r] = 0;
    }
  }

  /** The best partners by theme popularity for a theme list, cached per theme list. */
  private themePopular(q: NetworkQuery): number[] {
    const key = q.themes.map((t) => `${t.theme}:${t.weight}`).join(",");
    let top = this.themeCache.get(key);
    if (!top) {
      const touched: number[] = [];
      for (const { theme, weight } of q.themes) {
        const idf = this.index.themeIdf[theme]!;
        for (const [r, c] of this.index.themePartnerCounts[theme]!) {
          if (this.themeScratch[r] === 0) touched.push(r);
          this.themeScratch[r]! += weight * idf * c;
        }
      }
      // One more than needed per excluded partner (the lead) that may sit in the list.
      top = topK(touched, this.themeScratch, this.o.perFeature + 1);
      for (const r of touched) this.themeScratch[r] = 0;
      if (this.themeCache.size > 10_000) this.themeCache.clear();
      this.themeCache.set(key, top);
    }
    return top;
  }
}

function emptyFeatures<F extends string>(names: readonly F[], length: number): Record<F, Float64Array> {
  return Object.fromEntries(names.map((f) => [f, new Float64Array(length)])) as Record<F, Float64Array>;
}

function topFromMap(m: Map<number, number>, k: number): number[] {
  return topK([...m.keys()], (x) => m.get(x) ?? 0, k);
}
