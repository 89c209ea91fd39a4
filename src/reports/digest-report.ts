// The newsletter digest for the knowledge centre's e-zine: what is new since a date or an analysis
// run — new learning networks, new outcomes, newly confirmed collaborations and new opportunities.
// Pure; rendered as Markdown and as e-mail-safe HTML (render-email.ts).
import { num, say, type Lang, type ReportDocument, type Section } from "./document.ts";
import { opportunityKindLabel, outcomeKindLabel } from "./labels.ts";
import { DIGEST_FIRST_DAYS } from "../schemas/report.ts";

export interface DigestData {
  /** The moment "new" is counted from, and what it was given as. */
  since: { at: string; runId?: string; from?: "last-digest" | "first-digest" };
  runId?: string;
  networks: { id: string; name: string; region?: string; description?: string }[];
  outcomes: { id: string; title: string; kind: string; project: string; url?: string }[];
  collaborations: { a: string; b: string; aName: string; bName: string; since?: string }[];
  opportunities: { key: string; kind: string; reasons: { nl: string[]; en: string[] } }[];
  /** The internal version (may name planned networks); otherwise nothing about them was gathered. */
  internal?: boolean;
  generatedAt: string;
}

export const DIGEST_LIMITS = { opportunities: 15 };

export function digestReport(d: DigestData, lang: Lang): ReportDocument {
  const t = (nl: string, en: string) => say(lang, nl, en);
  const day = d.since.at.slice(0, 10);
  const none = (nl: string, en: string) => [{ type: "paragraph" as const, text: t(nl, en) }];
  const sections: Section[] = [
    {
      id: "summary",
      heading: t("Kort", "In short"),
      blocks: [{
        type: "paragraph",
        text: t(
          `${sinceWords(d, lang)}: ${num(lang, d.networks.length)} nieuwe lerende netwerken, ${num(lang, d.outcomes.length)} nieuwe resultaten, ${num(lang, d.collaborations.length)} nieuwe samenwerkingen en ${num(lang, d.opportunities.length)} nieuwe kansen.`,
          `${sinceWords(d, lang)}: ${num(lang, d.networks.length)} new learning networks, ${num(lang, d.outcomes.length)} new outcomes, ${num(lang, d.collaborations.length)} new collaborations and ${num(lang, d.opportunities.length)} new opportunities.`,
        ),
      }],
    },
    {
      id: "networks",
      heading: t("Nieuwe lerende netwerken", "New learning networks"),
      blocks: d.networks.length ? [{ type: "list", items: d.networks.map((n) => `${n.name}${n.region ? ` (${n.region})` : ""}${n.description ? `: ${short(n.description)}` : ""}`) }] : none("Geen nieuwe netwerken.", "No new networks."),
    },
    {
      id: "outcomes",
      heading: t("Nieuwe resultaten", "New outcomes"),
      blocks: d.outcomes.length ? [{ type: "list", items: d.outcomes.map((o) => `${o.title} – ${outcomeKindLabel(o.kind, lang)}, ${o.project}${o.url ? ` (${o.url})` : ""}`) }] : none("Geen nieuwe resultaten.", "No new outcomes."),
    },
    {
      id: "collaborations",
      heading: t("Nieuwe samenwerkingen", "New collaborations"),
      blocks: d.collaborations.length ? [{ type: "list", items: d.collaborations.map((c) => t(`${c.aName} en ${c.bName} werken samen`, `${c.aName} and ${c.bName} are collaborating`)) }] : none("Geen nieuwe samenwerkingen.", "No new collaborations."),
    },
    {
      id: "opportunities",
      heading: t("Nieuwe kansen", "New opportunities"),
      blocks: d.opportunities.length
        ? [
            { type: "list", items: d.opportunities.slice(0, DIGEST_LIMITS.opportunities).map((o) => `${capital(opportunityKindLabel(o.kind, lang))}: ${o.reasons[lang].join("; ")}`) },
            ...(d.opportunities.length > DIGEST_LIMITS.opportunities ? [{ type: "paragraph" as const, text: t(`En ${d.opportunities.length - DIGEST_LIMITS.opportunities} andere.`, `And ${d.opportunities.length - DIGEST_LIMITS.opportunities} more.`) }] : []),
          ]
        : none("Geen nieuwe kansen.", "No new opportunities."),
    },
  ];
  return {
    kind: "digest",
    lang,
    title: t("Nieuws uit het diagonale lerend netwerk", "News from the diagonal learning network"),
    subtitle: t(`Wat is er nieuw sinds ${day}`, `What is new since ${day}`),
    source: { ...(d.runId ? { runId: d.runId } : {}), generatedAt: d.generatedAt, since: d.since.runId ?? d.since.at },
    ...(d.internal ? { internal: true } : {}),
    sections,
  };
}

/** From when the digest counts, as the reader is told: the last issue, the first 30 days, or the moment given. */
function sinceWords(d: DigestData, lang: Lang): string {
  const day = d.since.at.slice(0, 10);
  if (d.since.from === "last-digest") return say(lang, `Sinds de vorige nieuwsbrief (${day})`, `Since the previous newsletter (${day})`);
  if (d.since.from === "first-digest") return say(lang, `In de voorbije ${DIGEST_FIRST_DAYS} dagen (sinds ${day})`, `In the past ${DIGEST_FIRST_DAYS} days (since ${day})`);
  return say(lang, `Sinds ${day}`, `Since ${day}`);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const short = (s: string) => (s.length > 160 ? `${s.slice(0, 157).replace(/\s+\S*$/, "")}…` : s);
