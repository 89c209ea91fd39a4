// The theme report for policy (Dutch by default): written for a policy officer who has never seen
// a network diagram. It says which learning networks work on the theme and who takes part in them
// (social against regular economy, SMEs against large companies, South against North, knowledge
// institutions against practitioners), what they produced, which other themes they combine it
// with, what is missing, and which collaborations Diagonal recommends and why; with --since, what
// changed on the theme since then. Pure.
import type { LaidOutNetwork } from "../analysis/network-layout.ts";
import type { ThemeFigures } from "../analysis/network-figures.ts";
import { num, say, type Block, type Lang, type ReportDocument, type Section } from "./document.ts";
import { changesSections, sinceSource, type ChangesData } from "./changes-section.ts";
import { AXIS_SIDES, outcomeKindLabel, partnerKindLabel, PARTNER_KINDS } from "./labels.ts";

export interface ThemeData {
  theme: { id: string; nameNl: string; nameEn: string; description?: string };
  runId?: string;
  figures: ThemeFigures;
  networks: { id: string; name: string; status: string; region?: string; partners: number; outcomes: number }[];
  outcomes: { id: string; title: string; kind: string; date?: string; project: string }[];
  /** Other themes the same networks work on, with the number of networks that combine them. */
  related: { id: string; nameNl: string; nameEn: string; shared: number }[];
  /** Themes no network combines with this one. */
  unrelated: { id: string; nameNl: string; nameEn: string }[];
  /** Reasons of the run's theme-gap finding for this theme, if any. */
  gap?: { nl: string[]; en: string[] };
  suggestions: { aName: string; bName: string; score: number; reasons: { nl: string[]; en: string[] } }[];
  picture: LaidOutNetwork;
  /** What changed on the theme since a run or a date (--since). */
  since?: ChangesData;
  /** The internal version (may name planned networks); otherwise nothing about them was gathered. */
  internal?: boolean;
  generatedAt: string;
}

export const THEME_LIMITS = { networks: 40, outcomes: 40, suggestions: 10, related: 12 };

export function themeReport(d: ThemeData, lang: Lang): ReportDocument {
  const t = (nl: string, en: string) => say(lang, nl, en);
  const name = (x: { nameNl: string; nameEn: string }) => (lang === "nl" ? x.nameNl : x.nameEn);
  const theme = name(d.theme);
  const f = d.figures;
  const partners = Object.values(f.partnerKinds).reduce((a, b) => a + b, 0);
  const sections: Section[] = [];

  sections.push({
    id: "summary",
    heading: t("In het kort", "In brief"),
    blocks: [
      ...(d.theme.description ? [{ type: "paragraph" as const, text: d.theme.description }] : []),
      {
        type: "paragraph",
        text: t(
          `Rond het thema ${theme.toLowerCase()} werken ${f.networks} lerende netwerken. Samen brengen ze ${partners} organisaties bij elkaar en leverden ze ${f.outcomes} resultaten op (rapporten, instrumenten, opleidingen en andere). Dit rapport beschrijft wie meedoet, wat er gemaakt werd, met welke andere thema's dit thema samengaat, wat er nog ontbreekt en welke samenwerkingen we aanbevelen.`,
          `${f.networks} learning networks work on the theme ${theme.toLowerCase()}. Together they bring ${partners} organisations together and produced ${f.outcomes} outcomes (reports, tools, training and more). This report describes who takes part, what was made, which other themes this theme goes with, what is still missing and which collaborations we recommend.`,
        ),
      },
      { type: "facts", items: [
        { label: t("Lerende netwerken", "Learning networks"), value: f.networks },
        { label: t("Organisaties", "Organisations"), value: partners },
        { label: t("Resultaten", "Outcomes"), value: f.outcomes },
        { label: t("Aanbevolen samenwerkingen", "Recommended collaborations"), value: d.suggestions.length },
      ] },
    ],
  });

  sections.push({
    id: "networks",
    heading: t("Welke netwerken werken rond dit thema", "Which networks work on this theme"),
    blocks: d.networks.length
      ? [
          { type: "table", columns: [t("Netwerk", "Network"), t("Regio", "Region"), t("Stand van zaken", "Status"), t("Organisaties", "Organisations"), t("Resultaten", "Outcomes")],
            rows: d.networks.slice(0, THEME_LIMITS.networks).map((n) => [n.name, n.region ?? "–", statusLabel(n.status, lang), n.partners, n.outcomes]) },
          { type: "figure", figure: { type: "network", title: t("De netwerken rond dit thema: elk bolletje is een netwerk, een lijn een samenwerking (stippellijn: aanbevolen)", "The networks on this theme: each dot is a network, a line a collaboration (dashed: recommended)"), picture: d.picture } },
        ]
      : [{ type: "paragraph", text: t("Geen enkel netwerk werkt (nog) rond dit thema.", "No network works on this theme (yet).") }],
  });

  const kinds = PARTNER_KINDS.filter((k) => (f.partnerKinds[k] ?? 0) > 0);
  const axisRows = Object.entries(AXIS_SIDES).map(([axis, names]) => {
    const [left, right] = f.sides[axis as keyof typeof f.sides];
    return [names[lang][0], left, names[lang][1], right] as (string | number)[];
  });
  sections.push({
    id: "partners",
    heading: t("Wie doet mee", "Who takes part"),
    blocks: [
      { type: "paragraph", text: t("Welke soorten organisaties zitten in de netwerken rond dit thema? Een goede mix brengt verschillende ervaringen samen.", "Which kinds of organisation are in the networks on this theme? A good mix brings different experience together.") },
      { type: "figure", figure: { type: "bars", title: t("Organisaties per soort", "Organisations by kind"), unit: t("organisaties", "organisations"), data: kinds.map((k) => ({ label: partnerKindLabel(k, lang), value: f.partnerKinds[k]! })) } },
      { type: "table", columns: [t("Kant", "Side"), t("Organisaties", "Organisations"), t("Tegenover", "Against"), t("Organisaties", "Organisations")], rows: axisRows },
    ],
  });

  sections.push({
    id: "outcomes",
    heading: t("Wat leverde het op", "What it produced"),
    blocks: d.outcomes.length
      ? [{ type: "table", columns: [t("Resultaat", "Outcome"), t("Soort", "Kind"), t("Datum", "Date"), t("Netwerk", "Network")],
           rows: d.outcomes.slice(0, THEME_LIMITS.outcomes).map((o) => [o.title, outcomeKindLabel(o.kind, lang), o.date ?? "–", o.project]) }]
      : [{ type: "paragraph", text: t("Er zijn nog geen resultaten over dit thema.", "There are no outcomes about this theme yet.") }],
  });

  const related = d.related.slice(0, THEME_LIMITS.related);
  sections.push({
    id: "related",
    heading: t("Verwante thema's", "Related themes"),
    blocks: related.length
      ? [
          { type: "paragraph", text: t("Netwerken rond dit thema werken vaak ook rond deze thema's (aantal netwerken dat beide combineert):", "Networks on this theme often also work on these themes (number of networks combining both):") },
          { type: "figure", figure: { type: "bars", title: t("Thema's die samen voorkomen", "Themes that go together"), unit: t("netwerken", "networks"), data: related.map((r) => ({ label: name(r), value: r.shared })) } },
        ]
      : [{ type: "paragraph", text: t("De netwerken rond dit thema werken niet rond andere thema's.", "The networks on this theme work on no other theme.") }],
  });

  const gaps: string[] = [];
  const missingKinds = PARTNER_KINDS.filter((k) => k !== "other" && !(f.partnerKinds[k] ?? 0));
  if (missingKinds.length) gaps.push(t(`Geen enkele organisatie van deze soort doet mee: ${missingKinds.map((k) => partnerKindLabel(k, lang)).join(", ")}.`, `No organisation of these kinds takes part: ${missingKinds.map((k) => partnerKindLabel(k, lang)).join(", ")}.`));
  for (const [axis, names] of Object.entries(AXIS_SIDES)) {
    const [left, right] = f.sides[axis as keyof typeof f.sides];
    if (f.networks > 0 && (left === 0) !== (right === 0)) {
      const missing = left === 0 ? names[lang][0] : names[lang][1];
      gaps.push(t(`Er ontbreken ${missing}.`, `${capital(missing)} are missing.`));
    }
  }
  if (d.unrelated.length) gaps.push(t(`Geen enkel netwerk verbindt dit thema met: ${d.unrelated.map(name).join(", ")}.`, `No network links this theme with: ${d.unrelated.map(name).join(", ")}.`));
  if (d.gap) gaps.push(...d.gap[lang]);
  sections.push({
    id: "gaps",
    heading: t("Wat ontbreekt", "What is missing"),
    blocks: [gaps.length ? { type: "list", items: gaps } : { type: "paragraph", text: t("We zien geen duidelijke leemtes.", "We see no clear gaps.") }],
  });

  const rec: Block[] = d.suggestions.length
    ? [
        { type: "paragraph", text: t("Deze netwerken kunnen veel van elkaar leren. Waarom we dat denken, staat bij elke aanbeveling.", "These networks can learn a lot from each other. Why we think so is given with each recommendation.") },
        { type: "list", items: d.suggestions.slice(0, THEME_LIMITS.suggestions).map((s) => `${s.aName} + ${s.bName}: ${s.reasons[lang].join("; ")}`) },
      ]
    : [{ type: "paragraph", text: t("Er zijn (nog) geen aanbevolen samenwerkingen rond dit thema.", "There are no recommended collaborations on this theme (yet).") }];
  sections.push({ id: "recommendations", heading: t("Aanbevolen samenwerkingen", "Recommended collaborations"), blocks: rec });
  if (d.since) sections.push(...changesSections(d.since, lang, "theme"));

  return {
    kind: "theme",
    lang,
    title: t(`Thema: ${theme}`, `Theme: ${theme}`),
    subtitle: t("Terugkoppeling naar het beleid", "Feedback to policy"),
    source: { ...(d.runId ? { runId: d.runId } : {}), generatedAt: d.generatedAt, subject: d.theme.id, ...(d.since ? { since: sinceSource(d.since) } : {}) },
    ...(d.internal ? { internal: true } : {}),
    sections,
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const STATUS: Record<string, [string, string]> = { planned: ["gepland", "planned"], active: ["lopend", "active"], completed: ["afgerond", "completed"], stopped: ["gestopt", "stopped"] };
export const statusLabel = (s: string, lang: Lang) => STATUS[s]?.[lang === "nl" ? 0 : 1] ?? s;
