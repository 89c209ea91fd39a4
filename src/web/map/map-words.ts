// The words of the maps' panel, filters, line legend, downloads and caption, in Dutch and English
// (each written in its own language). The older map words stay in ../i18n.ts.
import type { Lang } from "../i18n.ts";

const WORDS = {
  nl: {
    filters: "Filters",
    community: "Gemeenschap",
    theme: "Thema",
    status: "Stand",
    nodeKind: "Soort",
    all: "Alle",
    year: "Jaar",
    allYears: "Alle jaren",
    yearShown: (y: number) => `Het netwerk zoals het er in ${y} uitzag`,
    statuses: { active: "lopend", planned: "gepland", completed: "afgerond", stopped: "gestopt" } as Record<string, string>,
    kinds: { project: "lerend netwerk", theme: "thema", partner: "partner", outcome: "resultaat" } as Record<string, string>,
    showSuggestions: "Toon voorgestelde samenwerkingen",
    lines: "Lijnen",
    lineCollaboration: "bevestigde samenwerking",
    lineAcross: "samenwerking tussen gemeenschappen",
    lineSuggestion: "voorgestelde samenwerking (nog niet beslist)",
    lineRelation: "thema, partner of resultaat van het netwerk",
    sizeBy: "Grootte van een netwerk: aantal partners",
    legendButton: "Legende en filters",
    close: "Sluiten",
    period: "Looptijd",
    since: "sinds",
    until: "tot",
    fromTo: (a: string, b: string) => `van ${a} tot ${b}`,
    noPeriod: "onbekend",
    themes: "Thema's",
    partners: "Partners",
    outcomes: "Resultaten",
    collaborations: "Bevestigde samenwerkingen",
    networks: "Lerende netwerken",
    none: "geen",
    openThemeMap: "Kaart van dit thema",
    openNetworkMap: "Kaart van dit netwerk",
    downloadPng: "PNG",
    downloadSvg: "SVG",
    download: "Download de kaart",
    source: "Bron: Diagonal, kenniscentrum MVO",
    shownOn: (date: string) => `Stand van ${date}`,
    shown: (n: number, all: number) => `${n} van ${all} knopen getoond`,
    panelOf: (name: string) => `Details van ${name}`,
  },
  en: {
    filters: "Filters",
    community: "Community",
    theme: "Theme",
    status: "Status",
    nodeKind: "Kind",
    all: "All",
    year: "Year",
    allYears: "All years",
    yearShown: (y: number) => `The network as it stood in ${y}`,
    statuses: { active: "running", planned: "planned", completed: "completed", stopped: "stopped" } as Record<string, string>,
    kinds: { project: "learning network", theme: "theme", partner: "partner", outcome: "outcome" } as Record<string, string>,
    showSuggestions: "Show suggested collaborations",
    lines: "Lines",
    lineCollaboration: "confirmed collaboration",
    lineAcross: "collaboration across communities",
    lineSuggestion: "suggested collaboration (not decided yet)",
    lineRelation: "the network's theme, partner or outcome",
    sizeBy: "Size of a network: number of partners",
    legendButton: "Legend and filters",
    close: "Close",
    period: "Period",
    since: "since",
    until: "until",
    fromTo: (a: string, b: string) => `from ${a} to ${b}`,
    noPeriod: "unknown",
    themes: "Themes",
    partners: "Partners",
    outcomes: "Outcomes",
    collaborations: "Confirmed collaborations",
    networks: "Learning networks",
    none: "none",
    openThemeMap: "Map of this theme",
    openNetworkMap: "Map of this network",
    downloadPng: "PNG",
    downloadSvg: "SVG",
    download: "Download the map",
    source: "Source: Diagonal, CSR knowledge centre",
    shownOn: (date: string) => `As of ${date}`,
    shown: (n: number, all: number) => `${n} of ${all} nodes shown`,
    panelOf: (name: string) => `Details of ${name}`,
  },
} as const;

export type PanelWords = (typeof WORDS)["en"];
export const panelWords = (lang: Lang): PanelWords => WORDS[lang] as PanelWords;

/** A partial date (YYYY, YYYY-MM or YYYY-MM-DD) in the visitor's language, to its own precision. */
export function partialDate(lang: Lang, d: string): string {
  const [y, m, day] = d.split("-").map(Number);
  if (!y || !m) return d.slice(0, 4);
  const date = new Date(Date.UTC(y, m - 1, day || 1));
  const options: Intl.DateTimeFormatOptions = day ? { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } : { month: "long", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(lang === "nl" ? "nl-BE" : "en-GB", options).format(date);
}

/** A date in the visitor's language, as Brussels has it. */
export const localDate = (lang: Lang, d = new Date()) =>
  new Intl.DateTimeFormat(lang === "nl" ? "nl-BE" : "en-GB", { dateStyle: "long", timeZone: "Europe/Brussels" }).format(d);
