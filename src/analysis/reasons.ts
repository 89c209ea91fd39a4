// The explanations shown to users, in Dutch and English: short phrases a coordinator can repeat
// ("Beide netwerken werken rond transparantie; gedeelde partner: X"). Names come from the graph
// (theme nameNl/nameEn, partner names), never from ids.
import { joinNatural } from "./community-names.ts";
import type { ComplementarityAxis } from "./profiles.ts";
import type { Reasons } from "./types.ts";

export type Bilingual = { nl: string; en: string };

/** "a", "a en b", "a, b en c" — and the English equivalent (joinNatural, as community names). */
export function listOf(items: readonly string[], conjunction: "en" | "and"): string {
  return joinNatural(items, conjunction === "en" ? "nl" : "en");
}

// "Transparantie" reads as "transparantie" mid-sentence; names with more capitals ("Noord-Zuid") stay.
const lowerFirst = (s: string) => (/^\p{Lu}[^\p{Lu}]*$/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

export function themePhrase(names: readonly Bilingual[]): Bilingual {
  return { nl: listOf(names.map((t) => lowerFirst(t.nl)), "en"), en: listOf(names.map((t) => lowerFirst(t.en)), "and") };
}

/** The two sides of each complementarity axis: [side X, side Y]. */
export const AXIS_SIDES: Record<ComplementarityAxis, [Bilingual & { key: string }, Bilingual & { key: string }]> = {
  "social-regular": [
    { key: "social-economy", nl: "sociale economie", en: "social economy" },
    { key: "regular-economy", nl: "reguliere economie", en: "regular economy" },
  ],
  size: [
    { key: "sme", nl: "kmo", en: "SME" },
    { key: "large-company", nl: "grote onderneming", en: "large company" },
  ],
  "north-south": [
    { key: "south", nl: "Zuid", en: "South" },
    { key: "north", nl: "Noord", en: "North" },
  ],
  "knowledge-practice": [
    { key: "knowledge-institution", nl: "kennisinstelling", en: "knowledge institution" },
    { key: "practitioner", nl: "praktijkorganisatie", en: "practitioner" },
  ],
};

export interface SuggestionFacts {
  themes: Bilingual[];
  partners: string[];
  /** Shared terms as words of each language (see sharedTermsByLanguage). */
  terms: { nl: string[]; en: string[] };
  complementary: { axis: ComplementarityAxis; aSide: 0 | 1 }[];
  sameOutcomeThemes: boolean;
  acrossCommunities: boolean;
}

export function suggestionReasons(f: SuggestionFacts): Reasons {
  const nl: string[] = [];
  const en: string[] = [];
  if (f.themes.length) {
    const t = themePhrase(f.themes);
    nl.push(`Beide netwerken werken rond ${t.nl}`);
    en.push(`Both networks work on ${t.en}`);
  }
  if (f.partners.length) {
    const many = f.partners.length > 1;
    nl.push(`${many ? "gedeelde partners" : "gedeelde partner"}: ${f.partners.join(", ")}`);
    en.push(`${many ? "shared partners" : "shared partner"}: ${f.partners.join(", ")}`);
  }
  for (const c of f.complementary) {
    const [x, y] = AXIS_SIDES[c.axis];
    const [first, second] = c.aSide === 0 ? [x, y] : [y, x];
    nl.push(`complementair: ${first.nl} + ${second.nl}`);
    en.push(`complementary: ${first.en} + ${second.en}`);
  }
  const terms = sharedTermsPhrase(f.terms);
  if (terms) {
    nl.push(terms.nl);
    en.push(terms.en);
  }
  if (f.sameOutcomeThemes) {
    nl.push("resultaten over dezelfde thema's");
    en.push("outcomes on the same themes");
  }
  if (f.acrossCommunities) {
    nl.push("verbindt netwerken uit verschillende clusters");
    en.push("links networks from different clusters");
  }
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { nl: nl.map((s, i) => (i === 0 ? cap(s) : s)), en: en.map((s, i) => (i === 0 ? cap(s) : s)) };
}

/**
 * Shared terms in each language's own words; when only the other language's texts share terms
 * (two Dutch descriptions, read in English), a plain phrase instead of foreign words.
 */
export function sharedTermsPhrase(terms: { nl: string[]; en: string[] }): Bilingual | undefined {
  if (!terms.nl.length && !terms.en.length) return undefined;
  return {
    nl: terms.nl.length ? `gemeenschappelijke begrippen: ${terms.nl.join(", ")}` : "gelijkaardige woordenschat in de beschrijvingen",
    en: terms.en.length ? `common terms: ${terms.en.join(", ")}` : "similar wording in their descriptions",
  };
}
