// Partners that may be one organisation under two ids: nearly the same normalised name (Levenshtein
// distance, fastest-levenshtein), the same website domain, or the same enterprise number written
// differently. Lists candidates with a confidence and a reason in Dutch and English; never merges.
//
// No pair loop over all partners: names meet only through a trigram index, probed with each name's
// rarest trigrams (a trigram shared by very many names, such as "uni", is left out of it); websites
// and enterprise numbers meet through hash maps.
// Signals of one pair combine as a noisy-or: 1 − Π(1 − confidence of each signal).
import { distance } from "fastest-levenshtein";
import { canonicalEnterpriseNumber } from "../schemas/partner.ts";
import type { DuplicateCandidate, DuplicateSignal } from "../schemas/partner-duplicates.ts";
import { partnerNameKey } from "./partner-name-key.ts";

export interface PartnerIdentity {
  id: string;
  name: string;
  website?: string | null;
  enterpriseNumber?: string | null;
  /** Already in the graph (false: a row of the file being imported). */
  stored: boolean;
}

export interface DuplicateOptions {
  /** Lowest name similarity (1 − distance / longer length) that counts as a similar name. */
  minNameSimilarity: number;
  /** A trigram or word in more names than this says nothing about any pair; it is left out of the index. */
  maxTrigramNames: number;
  /** A domain shared by more partners than this is a platform or an umbrella, not one organisation. */
  maxDomainPartners: number;
  /** Confidence of a shared website domain, and of one enterprise number in two spellings. */
  domainConfidence: number;
  enterpriseNumberConfidence: number;
  /** Only pairs with at least one of these ids (an import: its own rows); all pairs when absent. */
  focus?: Set<string>;
}

export const DEFAULTS: DuplicateOptions = {
  minNameSimilarity: 0.85,
  maxTrigramNames: 400,
  maxDomainPartners: 3,
  domainConfidence: 0.7,
  enterpriseNumberConfidence: 0.97,
};

const MAX_SAME_NUMBER = 20;

/** Hosts that serve many unrelated organisations: a page there says nothing about who owns it. */
const SHARED_HOSTS = new Set(["facebook.com", "linkedin.com", "instagram.com", "sites.google.com", "google.com", "wix.com", "wixsite.com", "wordpress.com", "blogspot.com", "europa.eu", "ec.europa.eu", "github.io", "twitter.com", "x.com"]);

/** "https://www.Kringwinkel.be/over-ons" → "kringwinkel.be"; undefined for no website or a shared host. */
export function websiteDomain(website: string | null | undefined): string | undefined {
  const text = website?.trim();
  if (!text) return undefined;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).hostname.toLowerCase().replace(/\.$/, "");
    const domain = host.replace(/^www\d*\./, "");
    return domain.includes(".") && !SHARED_HOSTS.has(domain) ? domain : undefined;
  } catch {
    return undefined;
  }
}

interface Prepared { p: PartnerIdentity; index: number; key: string; grams: string[]; words: string[]; digits: string }
interface Found { i: number; j: number; signals: Map<DuplicateSignal, { confidence: number; nl: string; en: string }> }

const trigramsOf = (key: string): string[] => {
  const padded = `  ${key} `;
  const grams = new Set<string>();
  for (let k = 0; k + 3 <= padded.length; k++) grams.add(padded.slice(k, k + 3));
  return [...grams];
};
const percent = (x: number) => `${Math.round(x * 100)} %`;

export function findDuplicateCandidates(partners: readonly PartnerIdentity[], options: Partial<DuplicateOptions> = {}): DuplicateCandidate[] {
  const o = { ...DEFAULTS, ...options };
  if (!(o.minNameSimilarity > 0 && o.minNameSimilarity <= 1)) throw new Error(`duplicate-candidates: minNameSimilarity must be in (0, 1], got ${o.minNameSimilarity}`);
  const prepared: Prepared[] = partners.map((p, index) => {
    const key = partnerNameKey(p.name);
    return { p, index, key, grams: key ? trigramsOf(key) : [], words: key ? [...new Set(key.split(" "))].filter((w) => w.length > 3) : [], digits: key.replace(/\D+/g, " ").trim() };
  });
  const inFocus = (x: Prepared) => !o.focus || o.focus.has(x.p.id);
  const found = new Map<string, Found>();
  const add = (x: Prepared, y: Prepared, signal: DuplicateSignal, confidence: number, nl: string, en: string) => {
    if (x.index === y.index || x.p.id === y.p.id || !(inFocus(x) || inFocus(y))) return;
    const [i, j] = x.index < y.index ? [x.index, y.index] : [y.index, x.index];
    const pairKey = `${i}:${j}`;
    let f = found.get(pairKey);
    if (!f) found.set(pairKey, (f = { i, j, signals: new Map() }));
    const earlier = f.signals.get(signal);
    if (!earlier || earlier.confidence < confidence) f.signals.set(signal, { confidence, nl, en });
  };

  // The same enterprise number, however it is written.
  const byNumber = groupBy(prepared, (x) => (x.p.enterpriseNumber ? canonicalEnterpriseNumber(x.p.enterpriseNumber) : undefined));
  for (const [number, group] of byNumber) {
    if (group.length > MAX_SAME_NUMBER) continue; // a placeholder number, not one organisation
    eachPair(group, (x, y) => {
      const spelled = x.p.enterpriseNumber === y.p.enterpriseNumber ? "" : ` ("${x.p.enterpriseNumber}" / "${y.p.enterpriseNumber}")`;
      add(x, y, "same-enterprise-number", o.enterpriseNumberConfidence, `zelfde ondernemingsnummer ${number}${spelled ? `, anders geschreven${spelled}` : ""}`, `same enterprise number ${number}${spelled ? `, written differently${spelled}` : ""}`);
    });
  }
  // Two different enterprise numbers say two organisations, however alike their names or sites.
  const differentNumbers = (x: Prepared, y: Prepared) =>
    !!x.p.enterpriseNumber && !!y.p.enterpriseNumber && canonicalEnterpriseNumber(x.p.enterpriseNumber) !== canonicalEnterpriseNumber(y.p.enterpriseNumber);

  // The same website domain, unless many partners share it.
  const byDomain = groupBy(prepared, (x) => websiteDomain(x.p.website));
  for (const [domain, group] of byDomain) {
    if (group.length > o.maxDomainPartners) continue;
    eachPair(group, (x, y) => {
      if (!differentNumbers(x, y)) add(x, y, "same-website", o.domainConfidence, `zelfde websitedomein ${domain}`, `same website domain ${domain}`);
    });
  }

  // Similar names: candidates share a word (of four letters or more) or a trigram of their name
  // keys; the edit distance decides. Names meet only within one digit signature ("Campus 1" and
  // "Campus 2" are two places), and only through their rarest trigrams (prefix filtering): a pair
  // within maxEdits edits shares all but 3 × maxEdits of a name's trigrams, so it shares one of
  // the name's 3 × maxEdits + 1 rarest. Words and trigrams in very many names are not indexed.
  const postings = new Map<string, number[]>();
  const posted = (x: Prepared, g: string) => `${x.digits}\u0000${g}`;
  const sameDigits = groupBy(prepared, (x) => x.digits);
  const alone = (x: Prepared) => sameDigits.get(x.digits)!.length < 2;
  for (const x of prepared) for (const g of alone(x) ? [] : [...x.grams, ...x.words]) {
    const k = posted(x, g);
    let list = postings.get(k);
    if (!list) postings.set(k, (list = []));
    list.push(x.index);
  }
  for (const [g, list] of postings) if (list.length > o.maxTrigramNames) postings.delete(g);
  const seen = new Set<number>();
  for (const x of prepared) {
    if (!x.key || !inFocus(x) || alone(x)) continue;
    const maxEdits = Math.floor((1 - o.minNameSimilarity) * x.key.length / o.minNameSimilarity);
    const rarest = x.grams.map((g) => postings.get(posted(x, g))).filter((l): l is number[] => l !== undefined).sort((l, m) => l.length - m.length).slice(0, 3 * maxEdits + 1);
    const words = x.words.map((w) => postings.get(posted(x, w))).filter((l): l is number[] => l !== undefined);
    seen.clear();
    for (const list of [...words, ...rarest]) for (const j of list) {
      if (j === x.index || seen.has(j)) continue;
      seen.add(j);
      const y = prepared[j]!;
      // Partners in focus on both sides meet once, from the lower index.
      if (inFocus(y) && j < x.index) continue;
      const longer = Math.max(x.key.length, y.key.length);
      if (Math.abs(x.key.length - y.key.length) > (1 - o.minNameSimilarity) * longer || differentNumbers(x, y)) continue;
      const edits = x.key === y.key ? 0 : distance(x.key, y.key);
      const similarity = 1 - edits / longer;
      if (similarity < o.minNameSimilarity) continue;
      if (edits === 0) add(x, y, "similar-name", 0.95, `zelfde naam na normalisering ("${x.p.name}" / "${y.p.name}")`, `same name after normalisation ("${x.p.name}" / "${y.p.name}")`);
      else add(x, y, "similar-name", similarity * 0.95, `bijna dezelfde naam ("${x.p.name}" / "${y.p.name}", ${percent(similarity)} gelijk)`, `nearly the same name ("${x.p.name}" / "${y.p.name}", ${percent(similarity)} alike)`);
    }
  }

  const out: DuplicateCandidate[] = [];
  for (const f of found.values()) {
    const a = prepared[f.i]!.p;
    const b = prepared[f.j]!.p;
    const signals = [...f.signals.entries()].sort(([s], [t]) => s.localeCompare(t));
    const confidence = 1 - signals.reduce((rest, [, s]) => rest * (1 - s.confidence), 1);
    out.push({
      a: { id: a.id, name: a.name, stored: a.stored },
      b: { id: b.id, name: b.name, stored: b.stored },
      confidence: Math.round(Math.min(confidence, 0.99) * 1000) / 1000,
      signals: signals.map(([s]) => s),
      reasonNl: signals.map(([, s]) => s.nl).join("; "),
      reasonEn: signals.map(([, s]) => s.en).join("; "),
    });
  }
  return out.sort((x, y) => y.confidence - x.confidence || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(item);
  }
  return groups;
}

/** Pairs within one group; groups are small (a domain above the limit is skipped, numbers are nearly unique). */
function eachPair<T>(group: readonly T[], visit: (x: T, y: T) => void) {
  for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) visit(group[i]!, group[j]!);
}
