// The shape every report takes before it is rendered: a title, sections, and in each section
// paragraphs, lists, tables, key figures and charts. Report builders (health, theme, letter,
// digest) write this once in one language; the renderers turn it into HTML, Markdown or JSON, so
// the three formats always say the same thing.
export type Lang = "nl" | "en";

export interface BarDatum { label: string; value: number }
export interface StackDatum { label: string; values: number[] }

export type Figure =
  | { type: "bars"; title: string; unit: string; data: BarDatum[] }
  | { type: "stacked"; title: string; series: string[]; data: StackDatum[] }
  | { type: "network"; title: string; picture: NetworkPicture };

/** A seeded layout, ready to draw: positions in 0..1, a group (community) per node. */
export interface NetworkPicture {
  nodes: { id: string; label: string; x: number; y: number; size: number; group: number }[];
  edges: { source: string; target: string; kind: "collaboration" | "suggestion" }[];
  groups: { group: number; name: string }[];
  /** Nodes left out to keep the picture readable. */
  omitted: number;
}

export type Block =
  | { type: "paragraph"; text: string }
  | { type: "list"; items: string[] }
  | { type: "facts"; items: { label: string; value: string | number }[] }
  | { type: "table"; columns: string[]; rows: (string | number)[][] }
  | { type: "figure"; figure: Figure };

export interface Section { id: string; heading: string; blocks: Block[] }

export type ReportKind = "health" | "theme" | "letter" | "digest";

export interface ReportDocument {
  kind: ReportKind;
  lang: Lang;
  title: string;
  subtitle: string;
  /** What the report was read from: the run, the moment, the subject. */
  source: { runId?: string; generatedAt: string; subject?: string; since?: string };
  /** The internal version: it may name planned networks and is marked so (internal-mark.ts). */
  internal?: boolean;
  sections: Section[];
}

/**
 * An analysis run as a reader sees it: "analyse run-…" / "analysis run-…". Run ids begin with
 * "run-", so the word before them is "analysis", never "run".
 */
export const runName = (lang: Lang, runId: string) => `${lang === "nl" ? "analyse" : "analysis"} ${runId}`;

/** The text in the report's language. */
export const say = (lang: Lang, nl: string, en: string) => (lang === "nl" ? nl : en);

/** A number as people read it in the language: 1.234,5 or 1,234.5. */
export function num(lang: Lang, n: number, digits = 0): string {
  return new Intl.NumberFormat(lang === "nl" ? "nl-BE" : "en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

export const pct = (lang: Lang, part: number, whole: number) => (whole > 0 ? `${num(lang, (100 * part) / whole)}%` : "–");
