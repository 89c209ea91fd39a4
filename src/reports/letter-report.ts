// The recommendation letter to one learning network ("aanbevelingen naar de lerende netwerken"):
// its best explained collaboration suggestions, outcomes of other networks it can reuse, partners
// it may want to involve, and brokers to talk to. Written as a letter, in the reader's language. Pure.
import { say, type Lang, type ReportDocument, type Section } from "./document.ts";

export interface LetterData {
  project: { id: string; name: string; community?: number; communityName?: { nl: string; en: string } };
  runId: string;
  suggestions: { otherName: string; otherId: string; score: number; reasons: { nl: string[]; en: string[] } }[];
  outcomes: { title: string; fromName: string; reasons: { nl: string[]; en: string[] } }[];
  partners: { name: string; reasons: { nl: string[]; en: string[] } }[];
  brokers: { name: string; reasons: { nl: string[]; en: string[] } }[];
  generatedAt: string;
}

export const LETTER_LIMITS = { suggestions: 5, outcomes: 5, partners: 5, brokers: 5 };

export function letterReport(d: LetterData, lang: Lang): ReportDocument {
  const t = (nl: string, en: string) => say(lang, nl, en);
  const explained = (head: string, reasons: { nl: string[]; en: string[] }) => `${head}: ${reasons[lang].join("; ")}`;
  const community = d.project.communityName ? d.project.communityName[lang] : undefined;
  const sections: Section[] = [
    {
      id: "introduction",
      heading: t("Beste trekkers van het netwerk", "Dear network coordinators"),
      blocks: [
        {
          type: "paragraph",
          text: t(
            `Diagonal brengt alle lerende netwerken rond maatschappelijk verantwoord ondernemen samen in één kennisnetwerk. Voor ${d.project.name} zetten we hieronder op een rij met wie u kunt samenwerken, welke resultaten van andere netwerken u kunt hergebruiken, welke organisaties u kunt betrekken en wie u verder kan helpen.${community ? ` Uw netwerk hoort bij de gemeenschap "${community}".` : ""}`,
            `Diagonal brings all learning networks on corporate social responsibility together in one knowledge network. For ${d.project.name}, we list below whom you could collaborate with, which outcomes of other networks you can reuse, which organisations you could involve and who can help you further.${community ? ` Your network belongs to the community "${community}".` : ""}`,
          ),
        },
      ],
    },
    {
      id: "collaborations",
      heading: t("Netwerken om mee samen te werken", "Networks to collaborate with"),
      blocks: [d.suggestions.length
        ? { type: "list", items: d.suggestions.slice(0, LETTER_LIMITS.suggestions).map((s) => explained(s.otherName, s.reasons)) }
        : { type: "paragraph", text: t("We hebben op dit moment geen nieuwe samenwerking voor u.", "We have no new collaboration for you at the moment.") }],
    },
    {
      id: "outcomes",
      heading: t("Resultaten om te hergebruiken", "Outcomes to reuse"),
      blocks: [d.outcomes.length
        ? { type: "list", items: d.outcomes.slice(0, LETTER_LIMITS.outcomes).map((o) => explained(`${o.title} (${o.fromName})`, o.reasons)) }
        : { type: "paragraph", text: t("We vonden geen resultaten van andere netwerken die direct aansluiten.", "We found no outcomes of other networks that fit directly.") }],
    },
    {
      id: "partners",
      heading: t("Organisaties om te betrekken", "Organisations to involve"),
      blocks: [d.partners.length
        ? { type: "list", items: d.partners.slice(0, LETTER_LIMITS.partners).map((p) => explained(p.name, p.reasons)) }
        : { type: "paragraph", text: t("We hebben geen organisaties om voor te stellen.", "We have no organisations to propose.") }],
    },
    {
      id: "brokers",
      heading: t("Makelaars om mee te praten", "Brokers to talk to"),
      blocks: [d.brokers.length
        ? { type: "list", items: d.brokers.slice(0, LETTER_LIMITS.brokers).map((b) => explained(b.name, b.reasons)) }
        : { type: "paragraph", text: t("In uw gemeenschap vonden we geen makelaars.", "We found no brokers in your community.") }],
    },
    {
      id: "closing",
      heading: t("Tot slot", "Finally"),
      blocks: [{ type: "paragraph", text: t("Dit zijn voorstellen, geen verplichtingen. Laat de procescoördinator weten wat u ermee doet: aanvaarde en afgewezen voorstellen sturen de volgende analyse bij.", "These are proposals, not obligations. Let the process coordinator know what you do with them: accepted and rejected proposals steer the next analysis.") }],
    },
  ];
  return {
    kind: "letter",
    lang,
    title: t(`Aanbevelingen voor ${d.project.name}`, `Recommendations for ${d.project.name}`),
    subtitle: t("Een brief van het diagonale lerend netwerk", "A letter from the diagonal learning network"),
    source: { runId: d.runId, generatedAt: d.generatedAt, subject: d.project.id },
    sections,
  };
}
