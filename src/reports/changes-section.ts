// "What changed since" (--since RUN|DATE) for the health report, the theme report and the letter:
// networks and partners that joined, suggestions the report's run makes that the run of that
// moment did not, and decisions taken since, each within the report's scope (the whole network,
// one theme, one network). The digest has its own public-facing version. Pure.
import { num, runName, say, type Lang, type Section } from "./document.ts";
import { explained, listSection, type Reasons } from "./explained-list.ts";

export interface Counted<T> { total: number; items: T[] }

export interface ChangesData {
  /** The moment changes are counted from, and the run it was given as. */
  since: { at: string; runId?: string };
  /** The run whose suggestions count as known: the --since run, or the latest run before the date. */
  baseRunId?: string;
  networks: Counted<{ id: string; name: string }>;
  partners: Counted<{ name: string; network: string }>;
  suggestions: Counted<{ aName: string; bName: string; reasons: Reasons }>;
  decisions: Counted<{ aName: string; bName: string; decision: string; decidedAt: string }>;
}

/** What a report's source says it counts from: the run given, or the moment. */
export const sinceSource = (c: ChangesData) => c.since.runId ?? c.since.at;

/** Whose changes: the whole network (health), one theme's networks, or one network (letter). */
export type ChangesScope = "network" | "theme" | "project";

export const CHANGES_LIMITS = { networks: 15, partners: 15, suggestions: 10, decisions: 15 };

export function changesSections(c: ChangesData, lang: Lang, scope: ChangesScope): Section[] {
  const t = (nl: string, en: string) => say(lang, nl, en);
  const moment = c.since.runId ? `${runName(lang, c.since.runId)} (${c.since.at.slice(0, 10)})` : c.since.at.slice(0, 10);
  const where = {
    network: { nl: "", en: "" },
    theme: { nl: " rond dit thema", en: " on this theme" },
    project: { nl: " rond uw netwerk", en: " around your network" },
  }[scope];
  const decision = (d: string) => (d === "accepted" ? t("aanvaard", "accepted") : d === "rejected" ? t("afgewezen", "rejected") : d);
  const base = c.baseRunId
    ? t(`Nieuwe suggesties zijn suggesties die ${runName(lang, c.baseRunId)} nog niet deed.`, `New suggestions are those ${runName(lang, c.baseRunId)} did not make.`)
    : t("Er was toen nog geen analyse: elke suggestie is nieuw.", "There was no analysis run then: every suggestion is new.");
  const summary: Section = {
    id: "since",
    heading: t(`Wat veranderde${where.nl} sinds ${moment}`, `What changed${where.en} since ${moment}`),
    blocks: [
      { type: "facts", items: [
        { label: t("Nieuwe netwerken", "New networks"), value: num(lang, c.networks.total) },
        { label: t("Nieuwe deelnames van partners", "Partners who joined"), value: num(lang, c.partners.total) },
        { label: t("Nieuwe suggesties", "New suggestions"), value: num(lang, c.suggestions.total) },
        { label: t("Beslissingen", "Decisions"), value: num(lang, c.decisions.total) },
      ] },
      { type: "paragraph", text: base },
    ],
  };
  return [
    summary,
    listSection(lang, {
      id: "since-networks", heading: t("Nieuwe netwerken", "New networks"), total: c.networks.total, limit: CHANGES_LIMITS.networks,
      items: c.networks.items.map((n) => n.name),
      none: t(`Geen nieuwe netwerken${where.nl}.`, `No new networks${where.en}.`),
    }),
    listSection(lang, {
      id: "since-partners", heading: t("Partners die aansloten", "Partners who joined"), total: c.partners.total, limit: CHANGES_LIMITS.partners,
      items: c.partners.items.map((p) => t(`${p.name} bij ${p.network}`, `${p.name} in ${p.network}`)),
      none: t(`Geen nieuwe partners${where.nl}.`, `No new partners${where.en}.`),
    }),
    listSection(lang, {
      id: "since-suggestions", heading: t("Nieuwe suggesties", "New suggestions"), total: c.suggestions.total, limit: CHANGES_LIMITS.suggestions,
      items: c.suggestions.items.map((s) => explained(lang, `${s.aName} + ${s.bName}`, s.reasons)),
      none: t(`Geen nieuwe suggesties${where.nl}.`, `No new suggestions${where.en}.`),
    }),
    listSection(lang, {
      id: "since-decisions", heading: t("Beslissingen", "Decisions"), total: c.decisions.total, limit: CHANGES_LIMITS.decisions,
      items: c.decisions.items.map((d) => `${d.aName} + ${d.bName}: ${decision(d.decision)} (${d.decidedAt.slice(0, 10)})`),
      none: t(`Geen beslissingen${where.nl}.`, `No decisions${where.en}.`),
    }),
  ];
}
