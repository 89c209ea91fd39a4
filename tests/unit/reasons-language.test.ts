// Reasons read well in each language: on generated data with Dutch and English descriptions, no
// English reason carries a Dutch-only stop word or a word seen only in Dutch texts, and the other
// way round; generic terms of the corpus are never named; theme names are joined naturally; and a
// pair built to be complementary (social economy × regular economy on a shared theme) says so in
// both languages.
import stopwords from "stopwords-iso";
import { describe, expect, it } from "vitest";
import { analyzeGraph } from "../../src/analysis/analyze.ts";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { buildProfiles } from "../../src/analysis/profiles.ts";
import { suggestionReasons } from "../../src/analysis/reasons.ts";
import { words } from "../../src/analysis/text/tokenize.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { DEFAULT_ANALYSIS_OPTIONS } from "../../src/analysis/options.ts";
import { emptyDataset } from "../../src/schemas/index.ts";
import { partner, project, theme } from "./analysis-fixture.ts";

const NL = new Set(stopwords.nl);
const EN = new Set(stopwords.en);
const NL_ONLY = [...NL].filter((w) => !EN.has(w));
const EN_ONLY = [...EN].filter((w) => !NL.has(w));

describe("reason language", () => {
  const { dataset } = generateDataset({ projects: 400, seed: 3 });
  // The generator writes each description in one language: its own words per language.
  const wordsIn = { nl: new Set<string>(), en: new Set<string>() };
  for (const p of dataset.projects) {
    const lang = p.name.startsWith("Learning network") ? "en" : "nl";
    for (const w of words(`${p.name} ${p.description ?? ""}`)) wordsIn[lang].add(w);
  }
  for (const o of dataset.outcomes) {
    const lang = / on | to /.test(o.title + " " + (o.summary ?? "")) ? "en" : "nl";
    for (const w of words(`${o.title} ${o.summary ?? ""}`)) wordsIn[lang].add(w);
  }
  const result = analyzeGraph(datasetToGraph(dataset), DEFAULT_ANALYSIS_OPTIONS);
  const termLists = (reasons: string[], prefix: string) => reasons.filter((r) => r.toLowerCase().startsWith(prefix)).flatMap((r) => r.slice(prefix.length).split(", "));

  it("names shared terms in English reasons only with words of English texts, and in Dutch ones with Dutch words", () => {
    let en = 0;
    let nl = 0;
    for (const s of result.suggestions) {
      for (const w of termLists(s.reasons.en, "common terms: ")) {
        en++;
        expect(wordsIn.en.has(w), `"${w}" in an English reason`).toBe(true);
      }
      for (const w of termLists(s.reasons.nl, "gemeenschappelijke begrippen: ")) {
        nl++;
        expect(wordsIn.nl.has(w), `"${w}" in a Dutch reason`).toBe(true);
      }
    }
    expect(en).toBeGreaterThan(20);
    expect(nl).toBeGreaterThan(20);
  });

  it("uses no stop word of the other language in any reason (names of organisations aside)", () => {
    const own = (r: string) => !/^(gedeelde partners?|shared partners?):/i.test(r);
    const checked = (r: string) => words(r).filter((w) => !/^\d+$/.test(w));
    for (const s of result.suggestions) {
      for (const r of s.reasons.en.filter(own)) for (const w of checked(r)) expect(NL_ONLY.includes(w), `Dutch "${w}" in "${r}"`).toBe(false);
      for (const r of s.reasons.nl.filter(own)) for (const w of checked(r)) expect(EN_ONLY.includes(w), `English "${w}" in "${r}"`).toBe(false);
    }
  });

  it("never names a generic term of the corpus", () => {
    const profiles = buildProfiles(datasetToGraph(dataset));
    // Words that only ever stand for a generic term (a word may name a generic stem in one language and a rarer one in the other).
    const generic = new Set<string>();
    const specific = new Set<string>();
    profiles.genericTerms.forEach((g, t) => {
      for (const lang of ["nl", "en"] as const) {
        const w = profiles.termWordsByLanguage[lang][t];
        if (w) (g ? generic : specific).add(w);
      }
    });
    for (const w of specific) generic.delete(w);
    expect(generic.size).toBeGreaterThan(0);
    for (const s of result.suggestions) {
      for (const w of [...termLists(s.reasons.en, "common terms: "), ...termLists(s.reasons.nl, "gemeenschappelijke begrippen: ")]) expect(generic.has(w), w).toBe(false);
    }
  });

  it("joins theme names naturally", () => {
    const r = suggestionReasons({
      themes: [{ nl: "Talentontwikkeling", en: "Talent development" }, { nl: "Transparantie", en: "Transparency" }],
      partners: [],
      terms: { nl: [], en: [] },
      complementary: [],
      sameOutcomeThemes: false,
      acrossCommunities: false,
    });
    expect(r.nl[0]).toBe("Beide netwerken werken rond talentontwikkeling en transparantie");
    expect(r.en[0]).toBe("Both networks work on talent development and transparency");
  });
});

describe("complementarity in the reasons", () => {
  it("names social economy + regular economy on a pair built for it", () => {
    const d = emptyDataset();
    d.themes = [theme("T1", "Sociale en reguliere economie", "Social and regular economy")];
    d.projects = [project("A", "maatwerk en doorstroom"), project("B", "aanwerving en doorstroom"), project("C", "overleg"), project("D", "overleg")];
    d.partners = [
      partner("S1", "social-economy"), partner("S2", "social-economy"),
      partner("R1", "company", { size: "large" }), partner("R2", "sme"),
      partner("N1", "ngo"), partner("N2", "ngo"), partner("N3", "government"),
    ];
    d.projectThemes = ["A", "B", "C", "D"].map((p) => ({ project: p, theme: "T1", weight: 1 }));
    d.participations = [["S1", "A"], ["S2", "A"], ["R1", "B"], ["R2", "B"], ["N1", "C"], ["N2", "C"], ["N3", "D"], ["N1", "D"]].map(([p, q]) => ({ partner: p!, project: q!, role: "partner" as const }));
    const result = analyzeGraph(datasetToGraph(d), { ...DEFAULT_ANALYSIS_OPTIONS, diagonal: false });
    const ab = result.suggestions.find((s) => s.a === "A" && s.b === "B")!;
    expect(ab).toBeDefined();
    expect(ab.signals.complementarity).toBeGreaterThan(0.1);
    expect(ab.reasons.nl).toContain("complementair: sociale economie + reguliere economie");
    expect(ab.reasons.en).toContain("complementary: social economy + regular economy");
    expect(ab.evidence.complementarity).toContain("social-economy+regular-economy");
  });
});
