// A report as one self-contained HTML file: inline CSS (with a print stylesheet: A4 margins, no
// page break inside a figure or table row, link targets printed), inline SVG charts, no script and
// nothing loaded from elsewhere, so it can be mailed, archived or printed to PDF as it is.
import type { Block, ReportDocument } from "./document.ts";
import { runName, say } from "./document.ts";
import { figureSvg } from "./charts-svg.ts";
import { escapeXml as x } from "./escape.ts";
import { internalLine } from "./internal-mark.ts";

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; max-width: 820px; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
header { border-bottom: 3px solid #4e79a7; margin-bottom: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
.subtitle { color: #555; margin: 0 0 .75rem; }
.source { color: #777; font-size: .85rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0; font-size: .92rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
th { background: #f3f5f8; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
dl.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: .5rem; margin: .75rem 0; }
dl.facts div { background: #f3f5f8; border-radius: 6px; padding: .5rem .75rem; }
dl.facts dt { font-size: .8rem; color: #555; }
dl.facts dd { margin: 0; font-size: 1.3rem; font-weight: 600; }
figure { margin: 1rem 0; }
figcaption { font-weight: 600; margin-bottom: .35rem; }
.internal { border: 2px solid #d55e00; color: #7a2e00; background: #fff4ec; border-radius: 6px; padding: .4rem .75rem; margin: 0 0 .75rem; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  figure, tr, dl.facts div { break-inside: avoid; }
  a[href]::after { content: " (" attr(href) ")"; font-size: .8em; color: #555; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

const isNumber = (v: string | number) => typeof v === "number";

function block(b: Block): string {
  switch (b.type) {
    case "paragraph":
      return `<p>${x(b.text)}</p>`;
    case "list":
      return `<ul>${b.items.map((i) => `<li>${x(i)}</li>`).join("")}</ul>`;
    case "facts":
      return `<dl class="facts">${b.items.map((f) => `<div><dt>${x(f.label)}</dt><dd>${x(f.value)}</dd></div>`).join("")}</dl>`;
    case "table":
      return `<table><thead><tr>${b.columns.map((c) => `<th>${x(c)}</th>`).join("")}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((v) => `<td${isNumber(v) ? ' class="n"' : ""}>${x(v)}</td>`).join("")}</tr>`)
        .join("")}</tbody></table>`;
    case "figure":
      return `<figure data-figure="${x(b.figure.type)}"><figcaption>${x(b.figure.title)}</figcaption>${figureSvg(b.figure)}</figure>`;
  }
}

export function renderHtml(doc: ReportDocument): string {
  const generated = say(doc.lang, "Gemaakt op", "Generated on");
  const run = doc.source.runId ? ` · ${runName(doc.lang, doc.source.runId)}` : "";
  const mark = internalLine(doc);
  return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Diagonal">
<title>${x(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>${mark ? `<p class="internal" role="note"><strong>${x(mark.label)}</strong> — ${x(mark.text)}</p>` : ""}<h1>${x(doc.title)}</h1><p class="subtitle">${x(doc.subtitle)}</p><p class="source">${generated} ${x(doc.source.generatedAt.slice(0, 16).replace("T", " "))} UTC${x(run)}</p></header>
<main>
${doc.sections.map((s) => `<section id="${x(s.id)}"><h2>${x(s.heading)}</h2>${s.blocks.map(block).join("\n")}</section>`).join("\n")}
</main>
</body>
</html>
`;
}
