// Words the generator writes names, descriptions and outcomes with. The eight themes are those of
// the theme call; each carries Dutch and English MVO vocabulary so that networks on one theme share
// words, while coined group words give every hidden group its own recognisable vocabulary.

export interface ThemeSeed {
  id: string;
  nameNl: string;
  nameEn: string;
  words: string[];
}

export const CALL_THEMES: ThemeSeed[] = [
  { id: "talent-development", nameNl: "Talentontwikkeling", nameEn: "Talent development", words: ["talent", "competenties", "loopbaan", "opleiding", "skills", "career", "coaching", "mentoring"] },
  { id: "learning-organisation", nameNl: "Lerende organisatie", nameEn: "Learning organisation", words: ["leercultuur", "kennisdeling", "feedback", "innovatie", "reflection", "knowledge", "experiment", "teamleren"] },
  { id: "transparency", nameNl: "Transparantie", nameEn: "Transparency", words: ["rapportering", "verslaggeving", "indicatoren", "reporting", "disclosure", "audit", "keten", "traceerbaarheid"] },
  { id: "company-neighbourhood", nameNl: "Bedrijf en buurt", nameEn: "Company and neighbourhood", words: ["buurt", "omwonenden", "wijk", "gemeenschap", "neighbourhood", "community", "vrijwilligers", "lokaal"] },
  { id: "north-south", nameNl: "Noord-Zuid", nameEn: "North-South", words: ["fairtrade", "ontwikkelingssamenwerking", "toeleveringsketen", "mensenrechten", "supply", "producers", "cooperatives", "handel"] },
  { id: "company-size", nameNl: "Bedrijfsgrootte", nameEn: "Company size", words: ["kmo", "zelfstandigen", "familiebedrijf", "starters", "smes", "entrepreneurs", "schaal", "groei"] },
  { id: "social-dialogue", nameNl: "Sociaal overleg", nameEn: "Social dialogue", words: ["vakbond", "werkgevers", "ondernemingsraad", "cao", "overleg", "unions", "bargaining", "werknemers"] },
  { id: "social-regular-economy", nameNl: "Sociale en reguliere economie", nameEn: "Social and regular economy", words: ["maatwerkbedrijf", "doelgroepwerknemers", "inclusie", "werkervaring", "inclusion", "sheltered", "tewerkstelling", "activering"] },
];

/** Words every network uses, whatever its theme: they must not make everything look alike. */
export const GENERIC_WORDS = [
  "netwerk", "bedrijven", "samenwerking", "duurzaam", "ondernemen", "verantwoord", "leren", "praktijk", "organisaties", "partners",
  "network", "companies", "cooperation", "sustainable", "learning", "practice", "responsible", "organisations", "business", "project",
];

export const ORG_PREFIXES: Record<string, string[]> = {
  company: ["NV", "Groep", "Industries", "Holding"],
  sme: ["BVBA", "BV", "Atelier", "Studio"],
  "social-economy": ["Maatwerkbedrijf", "Kringwinkel", "Sociale Werkplaats", "Coöperatie"],
  ngo: ["vzw", "Stichting", "Platform", "Beweging"],
  academic: ["Universiteit", "Hogeschool", "Kenniscentrum", "Instituut"],
  consultancy: ["Advies", "Consult", "Partners", "Bureau"],
  "social-partner": ["Vakbond", "Werkgeversfederatie", "Sectorfonds", "Beroepsfederatie"],
  government: ["Stad", "Provincie", "Agentschap", "Gemeente"],
  other: ["Vereniging", "Fonds", "Huis", "Forum"],
};

const ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "dr", "gr", "kl", "st", "tr", "vl"];
// Vowels and codas chosen so that neither Dutch nor English stemming trims a coined word.
const VOWELS = ["a", "o", "u", "i", "aa", "oo", "oe", "au"];
const CODAS = ["k", "m", "t", "p"];

/**
 * A pronounceable word derived from a number, different for every n: mixed-radix digits over
 * onset + vowel syllables (a consonant always opens a syllable, so the split is unambiguous) and a
 * final coda, so each hidden group gets vocabulary no other group has.
 */
export function coinedWord(n: number): string {
  const coda = CODAS[n % CODAS.length]!;
  let rest = Math.floor(n / CODAS.length);
  let word = "";
  for (let i = 0; i < 3 || rest > 0; i++) {
    word += ONSETS[rest % ONSETS.length]!;
    rest = Math.floor(rest / ONSETS.length);
    word += VOWELS[rest % VOWELS.length]!;
    rest = Math.floor(rest / VOWELS.length);
  }
  return word + coda;
}
