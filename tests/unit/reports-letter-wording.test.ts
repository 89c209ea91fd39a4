// The recommendation letter's wording in both languages, from fixed data: the header names the
// analysis once ("analysis run-…", never "run run-…"), each section reads as written for a
// network's coordinators, lists and empty lists say what they should, and neither language lets a
// word of the other through (word lists below). Also the "what changed since" part and the
// internal mark, in both languages.
import { describe, expect, it } from "vitest";
import { letterReport, type LetterData } from "../../src/reports/letter-report.ts";
import { renderMarkdown } from "../../src/reports/render-markdown.ts";
import { renderHtml } from "../../src/reports/render-html.ts";

const reasons = (nl: string, en: string) => ({ nl: [nl], en: [en] });
const data: LetterData = {
  project: { id: "ln-talent-kmo", name: "Talent in kmo's", community: 0, communityName: { nl: "Talent en sociale economie", en: "Talent and social economy" } },
  runId: "run-20261201T120000000Z-abcdef",
  suggestions: [{ otherId: "ln-b", otherName: "Bruggen naar werk", score: 0.8, reasons: reasons("beide werken rond talentontwikkeling", "both work on talent development") }],
  outcomes: [{ title: "Talentenkompas", fromName: "MVO-kompas", reasons: reasons("zelfde thema", "same theme") }],
  partners: [],
  brokers: [{ name: "HR Kompas bv", reasons: reasons("actief in 3 clusters", "active in 3 clusters") }],
  since: {
    since: { at: "2026-11-01T00:00:00.000Z", runId: "run-20261101T120000000Z-123456" },
    baseRunId: "run-20261101T120000000Z-123456",
    networks: { total: 0, items: [] },
    partners: { total: 1, items: [{ name: "Bakkerij Peeters", network: "Talent in kmo's" }] },
    suggestions: { total: 0, items: [] },
    decisions: { total: 0, items: [] },
  },
  generatedAt: "2026-12-01T12:30:00.000Z",
};

const EXPECTED = {
  nl: [
    "# Aanbevelingen voor Talent in kmo's",
    "_Een brief van het diagonale lerend netwerk_",
    "Gemaakt op 2026-12-01 12:30 UTC · analyse run-20261201T120000000Z-abcdef",
    "## Beste trekkers van het netwerk",
    "Voor Talent in kmo's zetten we hieronder op een rij met wie u kunt samenwerken, welke resultaten van andere netwerken u kunt hergebruiken, welke organisaties u kunt betrekken en wie u verder kan helpen. Uw netwerk hoort bij de gemeenschap \"Talent en sociale economie\".",
    "## Netwerken om mee samen te werken",
    "- Bruggen naar werk: beide werken rond talentontwikkeling",
    "## Resultaten om te hergebruiken",
    "- Talentenkompas (MVO-kompas): zelfde thema",
    "## Organisaties om te betrekken",
    "We hebben geen organisaties om voor te stellen.",
    "## Makelaars om mee te praten",
    "- HR Kompas bv: actief in 3 clusters",
    "## Wat veranderde rond uw netwerk sinds analyse run-20261101T120000000Z-123456 (2026-11-01)",
    "Nieuwe suggesties zijn suggesties die analyse run-20261101T120000000Z-123456 nog niet deed.",
    "Geen nieuwe netwerken rond uw netwerk.",
    "- Bakkerij Peeters bij Talent in kmo's",
    "## Tot slot",
    "Dit zijn voorstellen, geen verplichtingen. Laat de procescoördinator weten wat u ermee doet: aanvaarde en afgewezen voorstellen sturen de volgende analyse bij.",
  ],
  en: [
    "# Recommendations for Talent in kmo's",
    "_A letter from the diagonal learning network_",
    "Generated on 2026-12-01 12:30 UTC · analysis run-20261201T120000000Z-abcdef",
    "## Dear network coordinators",
    "For Talent in kmo's, we list below whom you could collaborate with, which outcomes of other networks you can reuse, which organisations you could involve and who can help you further. Your network belongs to the community \"Talent and social economy\".",
    "## Networks to collaborate with",
    "- Bruggen naar werk: both work on talent development",
    "## Outcomes to reuse",
    "- Talentenkompas (MVO-kompas): same theme",
    "## Organisations to involve",
    "We have no organisations to propose.",
    "## Brokers to talk to",
    "- HR Kompas bv: active in 3 clusters",
    "## What changed around your network since analysis run-20261101T120000000Z-123456 (2026-11-01)",
    "New suggestions are those analysis run-20261101T120000000Z-123456 did not make.",
    "No new networks around your network.",
    "- Bakkerij Peeters in Talent in kmo's",
    "## Finally",
    "These are proposals, not obligations. Let the process coordinator know what you do with them: accepted and rejected proposals steer the next analysis.",
  ],
};

/** Words of one language that must not appear in the other's letter (names in the data excepted). */
const FOREIGN = {
  nl: [/\bthe\b/i, /\bwith\b/i, /\byour\b/i, /\bnetworks?\b/i, /\bsince\b/i, /\brun run\b/, /\bGenerated\b/],
  en: [/\bhet\b/i, /\bmet\b/i, /\buw\b/i, /\bnetwerken\b/i, /\bsinds\b/i, /\banalyse\b/i, /\brun run\b/, /\bGemaakt\b/],
};
const NAMES = /Talent in kmo's|Bruggen naar werk|Talentenkompas|MVO-kompas|HR Kompas bv|Bakkerij Peeters/g;

describe("the recommendation letter's wording", () => {
  for (const lang of ["nl", "en"] as const) {
    it(`reads as written, in ${lang === "nl" ? "Dutch" : "English"}`, () => {
      const md = renderMarkdown(letterReport(data, lang));
      let at = 0;
      for (const line of EXPECTED[lang]) {
        const found = md.indexOf(line, at);
        expect(found, `${lang}: "${line}" after position ${at} in\n${md}`).toBeGreaterThanOrEqual(0);
        at = found;
      }
      const text = md.replace(NAMES, "");
      for (const word of FOREIGN[lang]) expect(text, `${lang} letter says ${word}`).not.toMatch(word);
      expect(renderHtml(letterReport(data, lang))).not.toMatch(/run run-/);
    });
  }
});
