// The recommendation letter to one learning network ("aanbevelingen naar de lerende netwerken"):
// its best explained collaboration suggestions, outcomes of other networks it can reuse, partners
// it may want to involve, and brokers to talk to; with --since, what changed around it since then.
// Written as a letter, in the reader's language. Pure.
import { say, type Lang, type ReportDocument, type Section } from "./document.ts";
import { explained, listSection, type Reasons } from "./explained-list.ts";
import { changesSections, sinceSource, type ChangesData } from "./changes-section.ts";

export interface LetterData {
  project: { id: string; name: string; community?: number; communityName?: { nl: string; en: string } };
  runId: string;
  suggestions: { otherName: string; otherId: string; score: number; reasons: Reasons }[];
  outcomes: { title: string; fromName: string; reasons: Reasons }[];
  partners: { name: string; reasons: Reasons }[];
  brokers: { name: string; reasons: Reasons }[];
  /** What changed around this network since a run or a date (--since). */
  since?: ChangesData;
  /** The internal version (may name planned networks); otherwise nothing about them was gathered. */
  internal?: boolean;
  generatedAt: string;
}

export const LETTER_LIMITS = { suggestions: 5, outcomes: 5, partners: 5, brokers: 5 };

export function letterReport(d: LetterData, lang: Lang): ReportDocument {
  const t = (nl: string, en: string) => say(lang, nl, en);
  const community = d.project.communityName ? d.project.communityName[lang] : undefined;
  const list = (id: string, heading: string, items: { head: string; reasons: Reasons }[], limit: number, none: string) =>
    listSection(lang, { id, heading, items: items.slice(0, limit).map((i) => explained(lang, i.head, i.reasons)), none });
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
    list("collaborations", t("Netwerken om mee samen te werken", "Networks to collaborate with"),
      d.suggestions.map((s) => ({ head: s.otherName, reasons: s.reasons })), LETTER_LIMITS.suggestions,
      t("We hebben op dit moment geen nieuwe samenwerking voor u.", "We have no new collaboration for you at the moment.")),
    list("outcomes", t("Resultaten om te hergebruiken", "Outcomes to reuse"),
      d.outcomes.map((o) => ({ head: `${o.title} (${o.fromName})`, reasons: o.reasons })), LETTER_LIMITS.outcomes,
      t("We vonden geen resultaten van andere netwerken die direct aansluiten.", "We found no outcomes of other networks that fit directly.")),
    list("partners", t("Organisaties om te betrekken", "Organisations to involve"),
      d.partners.map((p) => ({ head: p.name, reasons: p.reasons })), LETTER_LIMITS.partners,
      t("We hebben geen organisaties om voor te stellen.", "We have no organisations to propose.")),
    list("brokers", t("Makelaars om mee te praten", "Brokers to talk to"),
      d.brokers.map((b) => ({ head: b.name, reasons: b.reasons })), LETTER_LIMITS.brokers,
      t("In uw gemeenschap vonden we geen makelaars.", "We found no brokers in your community.")),
    ...(d.since ? changesSections(d.since, lang, "project") : []),
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
    source: { runId: d.runId, generatedAt: d.generatedAt, subject: d.project.id, ...(d.since ? { since: sinceSource(d.since) } : {}) },
    ...(d.internal ? { internal: true } : {}),
    sections,
  };
}
