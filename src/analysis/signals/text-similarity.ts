// Text similarity: TF–IDF cosine (Salton & Buckley 1988) over each project's name, description and
// outcome titles and summaries, Dutch and English stemmed (text/tokenize.ts), with sublinear term
// frequency 1 + ln(tf) and idf ln(N/df). Each vector keeps its strongest terms (profiles.ts).
import type { ProjectProfiles } from "../profiles.ts";
import { dot, sharedKeys } from "../sparse.ts";

export function textSimilarity(profiles: ProjectProfiles, a: number, b: number): number {
  return Math.min(1, dot(profiles.textVectors[a]!, profiles.textVectors[b]!));
}

/** The terms contributing most to the cosine (as readable words), for the explanation. */
export function topSharedTerms(profiles: ProjectProfiles, a: number, b: number, limit = 5): string[] {
  return sharedKeys(profiles.textVectors[a]!, profiles.textVectors[b]!)
    .slice(0, limit)
    .map((s) => profiles.termWords[s.key]!);
}

/**
 * The shared terms worth naming, per language: generic terms (the corpus stop list) left out, and
 * each term named in a language only with a word seen in a text of that language — so an English
 * reason never lists Dutch words, nor a Dutch reason English ones.
 */
export function sharedTermsByLanguage(profiles: ProjectProfiles, a: number, b: number, limit = 5): { nl: string[]; en: string[] } {
  const shared = sharedKeys(profiles.textVectors[a]!, profiles.textVectors[b]!).filter((s) => !profiles.genericTerms[s.key]);
  const pick = (lang: "nl" | "en") => shared.map((s) => profiles.termWordsByLanguage[lang][s.key]).filter((w): w is string => w !== undefined).slice(0, limit);
  return { nl: pick("nl"), en: pick("en") };
}
