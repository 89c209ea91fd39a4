// A report as Markdown for the knowledge centre's content system: headings, lists, pipe tables.
// Charts become tables of their numbers (a content system cannot show inline SVG reliably), and
// the network picture becomes a sentence pointing to the HTML report.
import type { Block, Figure, ReportDocument } from "./document.ts";
import { say } from "./document.ts";
import { escapeMarkdown as m } from "./escape.ts";

function table(columns: string[], rows: (string | number)[][]): string {
  const head = `| ${columns.map(m).join(" | ")} |\n| ${columns.map(() => "---").join(" | ")} |`;
  return [head, ...rows.map((r) => `| ${r.map(m).join(" | ")} |`)].join("\n");
}

function figure(f: Figure, lang: "nl" | "en"): string {
  const title = `**${m(f.title)}**\n\n`;
  if (f.type === "bars") return title + table(["", f.unit], f.data.map((d) => [d.label, d.value]));
  if (f.type === "stacked") return title + table(["", ...f.series], f.data.map((d) => [d.label, ...d.values]));
  return `${title}${say(lang, `${f.picture.nodes.length} netwerken, ${f.picture.edges.length} verbindingen; de tekening staat in het HTML-rapport.`, `${f.picture.nodes.length} networks, ${f.picture.edges.length} links; the drawing is in the HTML report.`)}`;
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
  const run = doc.source.runId ? ` · ${say(doc.lang, "analyse", "analysis run")} ${doc.source.runId}` : "";
  const parts = [`# ${m(doc.title)}`, `_${m(doc.subtitle)}_`, `${say(doc.lang, "Gemaakt op", "Generated on")} ${doc.source.generatedAt.slice(0, 16).replace("T", " ")} UTC${run}`];
  for (const s of doc.sections) parts.push(`## ${m(s.heading)}`, ...s.blocks.map((b) => block(b, doc.lang)));
  return `${parts.join("\n\n")}\n`;
}
