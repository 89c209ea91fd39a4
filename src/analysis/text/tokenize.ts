// Turns Dutch or English text into index terms: lower-cased words without stop words (stopwords-iso,
// both languages, since texts mix them), stemmed with the Snowball stemmer of the text's language.
// The language is the one whose own stop words occur more often in the text (Dutch on a tie, as most
// texts of the programme are Dutch); stemming keeps "onderneming"/"ondernemingen" one term.
import { createRequire } from "node:module";
import { newStemmer, type Stemmer } from "snowball-stemmers";

export type Language = "nl" | "en";

// stopwords-iso's entry point is a JSON file: required, so compiled ESM needs no import attribute.
const stopwords = createRequire(import.meta.url)("stopwords-iso") as Record<string, string[] | undefined>;

const NL = new Set(stopwords.nl ?? []);
const EN = new Set(stopwords.en ?? []);
const NL_ONLY = new Set([...NL].filter((w) => !EN.has(w)));
const EN_ONLY = new Set([...EN].filter((w) => !NL.has(w)));
const STEMMERS: Record<Language, Stemmer> = { nl: newStemmer("dutch"), en: newStemmer("english") };
// Stemming dominates tokenising; the vocabulary of a corpus is small compared with its word count.
const STEM_CACHE: Record<Language, Map<string, string>> = { nl: new Map(), en: new Map() };
const STEM_CACHE_LIMIT = 500_000;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function detectLanguage(ws: readonly string[]): Language {
  let nl = 0;
  let en = 0;
  for (const w of ws) {
    // One-letter words ("Netwerk A", "plan B") say nothing about the language.
    if (w.length < 2) continue;
    if (NL_ONLY.has(w)) nl++;
    else if (EN_ONLY.has(w)) en++;
  }
  return en > nl ? "en" : "nl";
}

function stem(word: string, language: Language): string {
  const cache = STEM_CACHE[language];
  let s = cache.get(word);
  if (s === undefined) {
    s = STEMMERS[language].stem(word);
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}

/** Index terms of a text: stop words, numbers and one-letter words dropped, the rest stemmed. */
export function tokenize(text: string, language?: Language): string[];
/** The same, each term paired with the word it came from (for readable explanations). */
export function tokenize(text: string, language: Language | undefined, withWords: true): [string, string][];
export function tokenize(text: string, language?: Language, withWords = false): string[] | [string, string][] {
  const ws = words(text);
  const lang = language ?? detectLanguage(ws);
  const terms: string[] = [];
  const pairs: [string, string][] = [];
  for (const w of ws) {
    if (w.length < 2 || NL.has(w) || EN.has(w) || /^\d+$/.test(w)) continue;
    if (withWords) pairs.push([stem(w, lang), w]);
    else terms.push(stem(w, lang));
  }
  return withWords ? pairs : terms;
}
