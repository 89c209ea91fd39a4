// A report as Markdown for the knowledge centre's content system: headings, lists, pipe tables.
// Charts become tables of their numbers (a content system cannot show inline SVG reliably), and
// the network picture two tables: its networks with their community and links, and its lines.
import type { Block, Figure, NetworkPicture, ReportDocument } from "./document.ts";
import { runName, say } from "./document.ts";
import { escapeMarkdown as m } from "./escape.ts";
import { internalLine } from "./internal-mark.ts";

function table(columns: string[], rows: (string | number)[][]): string {
  const head = `| ${columns.map(m).join(" | ")} |\n| ${columns.map(() => "---").join(" | ")} |`;
  return [head, ...rows.map((r) => `| ${r.map(m).join(" | ")} |`)].join("\n");
}

function figure(f: Figure, lang: "nl" | "en"): string {
  const title = `**${m(f.title)}**\n\n`;
  if (f.type === "bars") return title + table(["", f.unit], f.data.map((d) => [d.label, d.value]));
  if (f.type === "stacked") return title + table(["", ...f.series], f.data.map((d) => [d.label, ...d.values]));
  return title + networkTables(f.picture, lang);
}

/** The network picture as tables: each network with its community and number of lines, then the lines. */
function networkTables(p: NetworkPicture, lang: "nl" | "en"): string {
  const t = (nl: string, en: string) => say(lang, nl, en);
  const label = new Map(p.nodes.map((n) => [n.id, n.label]));
  const group = new Map(p.groups.map((g) => [g.group, g.name]));
  const lines = new Map<string, number>();
  for (const e of p.edges) for (const end of [e.source, e.target]) lines.set(end, (lines.get(end) ?? 0) + 1);
  const nodes = table([t("Netwerk", "Network"), t("Gemeenschap", "Community"), t("Lijnen", "Lines")],
    p.nodes.map((n) => [n.label, group.get(n.group) ?? String(n.group), lines.get(n.id) ?? 0]));
  const kind = (k: string) => (k === "collaboration" ? t("samenwerking", "collaboration") : t("suggestie", "suggestion"));
  const edges = p.edges.length
    ? table([t("Netwerk", "Network"), t("Netwerk", "Network"), t("Lijn", "Line")], p.edges.map((e) => [label.get(e.source) ?? e.source, label.get(e.target) ?? e.target, kind(e.kind)]))
    : t("Geen lijnen.", "No lines.");
  return `${nodes}\n\n${edges}`;
}

function block(b: Block, lang: "nl" | "en"): string {
  switch (b.type) {
    case "paragraph":
      return m(b.text);
    case "list":
      return b.items.map((i) => `- ${m(i)}`).join("\n");
    case "facts":
      return b.items.map((f) => `- **${m(f.label)}:** ${m(f.value)}`).join("\n");
    case "table":
      return table(b.columns, b.rows);
    case "figure":
      return figure(b.figure, lang);
  }
}

export function renderMarkdown(doc: ReportDocument): string {
  const run = doc.source.runId ? ` · ${runName(doc.lang, doc.source.runId)}` : "";
  const mark = internalLine(doc);
  // The title stays the first line (a content system takes it as the page's title); the mark follows at once.
  const parts = [`# ${m(doc.title)}`, ...(mark ? [`> **${m(mark.label.toUpperCase())}** — ${m(mark.text)}`] : []), `_${m(doc.subtitle)}_`, `${say(doc.lang, "Gemaakt op", "Generated on")} ${doc.source.generatedAt.slice(0, 16).replace("T", " ")} UTC${run}`];
  for (const s of doc.sections) parts.push(`## ${m(s.heading)}`, ...s.blocks.map((b) => block(b, doc.lang)));
  return `${parts.join("\n\n")}\n`;
}
