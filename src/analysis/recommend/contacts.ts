// Introductions between organisations: which organisations in other networks should this one
// meet, and why. Organisations are linked through the networks they shared (the co-participation
// graph of the history); a candidate has not shared a network with the organisation yet.
//
// Score (higher first), from the organisation r's two-step neighbourhood only — never all pairs:
//   recent Adamic–Adar  Σ over common partners s of w(r,s)·w(s,c) / ln(2 + links(s))
//     where w(x,y) = exp(−age/halfLife·ln 2) of the latest network x and y shared, age in years
//     before the newest network of the history, and links(s) = Σ over s's networks of (size − 1):
//     Adamic–Adar (2003) on the co-participation graph weighted by how recent the shared work is,
//     since organisations that worked with the same partners lately are the likeliest to meet next;
//   + themeWeight · cosine of the two organisations' theme profiles (networks per theme), which
//     also ranks organisations without common partners;
//   + a small preference for active organisations (log of their networks) to order the rest.
// Reasons (Dutch and English): common partners named, shared themes named, and complementarity
// (a different kind of organisation — a knowledge institution and a company — on the same themes).
import { PARTNER_KIND_WORDS } from "../../vocabulary.ts";
import { joinNatural } from "../community-names.ts";
import type { HistoryIndex } from "./history-index.ts";
import type { Reasons } from "../types.ts";
import { YEAR_MS } from "../years.ts";

export const CONTACT_DEFAULTS = {
  /** Years after which a shared network counts half. */
  halfLifeYears: 3,
  /** Weight of theme-profile similarity next to recent resource allocation. */
  themeWeight: 0.05,
  /** Weight of log(1 + networks) of the candidate, to order candidates otherwise alike. */
  activityWeight: 0.001,
  /**
   * Common partners expanded per query: those with the largest w(r,s)/strength(s), the largest
   * possible contributions, so a query costs the same for a hub as for a small organisation.
   */
  maxVia: 1000,
  /** Theme-only candidates considered (the most active organisations on r's themes). */
  themeCandidates: 200,
  /** Common partners and themes named in a reason. */
  namedInReason: 3,
};
export type ContactOptions = typeof CONTACT_DEFAULTS;

export interface ContactScorer {
  index: HistoryIndex;
  /** Start of the history's newest network (ms since the epoch; 0 when none is dated): recency is counted back from it. */
  newest: number;
  /** Recency weight of each project (0 for projects outside the history). */
  projectWeight: Float64Array;
  /** Σ of co-participation weights of each partner (0: no partner to go through). */
  strength: Float64Array;
  /** 1 / ln(2 + co-participations) of each partner: the Adamic–Adar weight of going through it. */
  through: Float64Array;
  /** Unit theme profile per partner: theme → networks on it (normalised). */
  themeProfile: Map<number, number>[];
  options: ContactOptions;
}


export function contactScorer(index: HistoryIndex, options: Partial<ContactOptions> = {}): ContactScorer {
  const o = { ...CONTACT_DEFAULTS, ...options };
  let newest = 0;
  index.projectStarts.forEach((s, p) => {
    if (index.known[p] && s) newest = Math.max(newest, Date.parse(s));
  });
  const projectWeight = Float64Array.from(index.projectStarts, (s, p) => {
    if (!index.known[p]) return 0;
    const age = s ? Math.max(0, (newest - Date.parse(s)) / YEAR_MS) : o.halfLifeYears * 4;
    return Math.exp((-age / o.halfLifeYears) * Math.LN2);
  });
  // strength(s) = Σ_p w(p)·(|partners of p| − 1): every co-partner through every network.
  const strength = Float64Array.from(index.partnerProjects, (ps) => {
    let sum = 0;
    for (const p of ps) sum += projectWeight[p]! * (index.projectPartners[p]!.length - 1);
    return sum;
  });
  const through = Float64Array.from(index.partnerProjects, (ps) => {
    let links = 0;
    for (const p of ps) links += index.projectPartners[p]!.length - 1;
    return 1 / Math.log(2 + links);
  });
  const themeProfile = index.partnerIds.map(() => new Map<number, number>());
  index.themePartnerCounts.forEach((counts, t) => {
    for (const [r, c] of counts) themeProfile[r]!.set(t, c);
  });
  for (const m of themeProfile) {
    let norm = 0;
    for (const v of m.values()) norm += v * v;
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, v] of m) m.set(t, v / norm);
  }
  return { index, newest, projectWeight, strength, through, themeProfile, options: o };
}

export interface ContactCandidate {
  partner: number;
  score: number;
  /** Common partners (indexes), strongest link first. */
  common: number[];
  themeSimilarity: number;
}

/** Weighted neighbours of r: partner → recency weight of the latest network they shared. */
export function neighbourWeights(s: ContactScorer, r: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of s.index.partnerProjects[r]!) {
    const w = s.projectWeight[p]!;
    for (const x of s.index.projectPartners[p]!) if (x !== r && s.index.partnerProjects[x]!.length) out.set(x, Math.max(out.get(x) ?? 0, w));
  }
  return out;
}

/** Cosine of two unit theme profiles. */
export const cosine = (a: Map<number, number>, b: Map<number, number>) => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let d = 0;
  for (const [t, v] of small) d += v * (large.get(t) ?? 0);
  return d;
};

/** Candidates for r, best first: organisations it has not shared a network with. */
export function rankContacts(s: ContactScorer, r: number, limit: number): ContactCandidate[] {
  const { index, options: o } = s;
  const mine = neighbourWeights(s, r);
  const ra = new Map<number, number>();
  const via = new Map<number, { s: number; w: number }[]>();
  const via0 = [...mine].filter(([x]) => s.strength[x]! > 0).sort((a, b) => b[1] * s.through[b[0]]! - a[1] * s.through[a[0]]! || a[0] - b[0]).slice(0, o.maxVia);
  for (const [x, wrx] of via0) {
    const tx = s.through[x]!;
    for (const [c, wxc] of neighbourWeights(s, x)) {
      if (c === r || mine.has(c)) continue;
      const add = wrx * wxc * tx;
      ra.set(c, (ra.get(c) ?? 0) + add);
      const list = via.get(c);
      if (list) list.push({ s: x, w: add });
      else via.set(c, [{ s: x, w: add }]);
    }
  }
  // Organisations without common partners, met through the themes: the most active on r's themes.
  const onThemes = new Map<number, number>();
  for (const [t, v] of s.themeProfile[r]!) {
    for (const [c, n] of index.themePartnerCounts[t]!) if (c !== r && !mine.has(c)) onThemes.set(c, (onThemes.get(c) ?? 0) + v * n);
  }
  const themeOnly = [...onThemes].filter(([c]) => !ra.has(c)).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, o.themeCandidates).map(([c]) => c);
  const candidates = [...ra.keys(), ...themeOnly];
  const scored = candidates.map((c) => {
    const themeSimilarity = cosine(s.themeProfile[r]!, s.themeProfile[c]!);
    const score = (ra.get(c) ?? 0) + o.themeWeight * themeSimilarity + o.activityWeight * Math.log1p(index.partnerProjects[c]!.length);
    return { partner: c, score, common: (via.get(c) ?? []).sort((x, y) => y.w - x.w || x.s - y.s).map((v) => v.s), themeSimilarity };
  });
  return scored.sort((x, y) => y.score - x.score || x.partner - y.partner).slice(0, limit);
}

export interface ContactItem {
  partnerId: string;
  name: string;
  kind: string;
  score: number;
  commonPartners: string[];
  sharedThemes: string[];
  reasons: Reasons;
}

// "Transparantie" reads as "transparantie" mid-sentence; names with more capitals stay as stored.
const lower = (s: string) => (/^\p{Lu}[^\p{Lu}]*$/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/**
 * The ranked candidates with their reasons in Dutch and English. `walkPath`: for a candidate ranked
 * high through the random walk, the partners of r through which the walk reached it (named first:
 * that is why it is there).
 */
export function contactItems<C extends ContactCandidate>(s: ContactScorer, r: number, candidates: readonly C[], walkPath?: (c: C) => number[] | undefined): ContactItem[] {
  const { index, options: o } = s;
  const kindWord = (k: string, lang: 0 | 1) => PARTNER_KIND_WORDS[k]?.[lang] ?? k;
  return candidates.map((c) => {
    const shared = [...s.themeProfile[r]!.keys()].filter((t) => s.themeProfile[c.partner]!.has(t)).sort((x, y) => x - y);
    const nl: string[] = [];
    const en: string[] = [];
    const path = walkPath?.(c);
    if (path?.length) {
      const named = path.slice(0, 2).map((x) => index.partnerNames[x]!);
      nl.push(`partner van een partner: via ${joinNatural(named, "nl")}`);
      en.push(`a partner of a partner: via ${joinNatural(named, "en")}`);
    }
    if (c.common.length) {
      const named = c.common.slice(0, o.namedInReason).map((x) => index.partnerNames[x]!);
      const more = c.common.length - named.length;
      nl.push(`${c.common.length} gemeenschappelijke ${c.common.length === 1 ? "partner" : "partners"}: ${named.join(", ")}${more > 0 ? ` en ${more} andere` : ""}`);
      en.push(`${c.common.length} common ${c.common.length === 1 ? "partner" : "partners"}: ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}`);
    }
    if (shared.length) {
      const names = shared.slice(0, o.namedInReason).map((t) => index.themeNames[t]!);
      nl.push(`werkt ook rond ${joinNatural(names.map((x) => lower(x.nl)), "nl")}`);
      en.push(`also works on ${joinNatural(names.map((x) => lower(x.en)), "en")}`);
    }
    const [kr, kc] = [index.partnerKinds[r]!, index.partnerKinds[c.partner]!];
    if (shared.length && kr !== kc) {
      nl.push(`complementair: ${kindWord(kr, 0)} en ${kindWord(kc, 0)} op dezelfde thema's`);
      en.push(`complementary: ${kindWord(kr, 1)} and ${kindWord(kc, 1)} on the same themes`);
    }
    if (!nl.length) {
      const n = index.partnerProjects[c.partner]!.length;
      nl.push(`actief in ${n} ${n === 1 ? "netwerk" : "netwerken"}`);
      en.push(`active in ${n} ${n === 1 ? "network" : "networks"}`);
    }
    const cap = (xs: string[]) => xs.map((x, i) => (i === 0 ? x.charAt(0).toUpperCase() + x.slice(1) : x));
    return {
      partnerId: index.partnerIds[c.partner]!,
      name: index.partnerNames[c.partner]!,
      kind: kc,
      score: Math.round(c.score * 1e6) / 1e6,
      commonPartners: c.common.map((x) => index.partnerIds[x]!),
      sharedThemes: shared.map((t) => index.themeIds[t]!),
      reasons: { nl: cap(nl), en: cap(en) },
    };
  });
}
