// The newsletter digest as e-mail-safe HTML: a table-based layout 600 px wide, every style inline
// (mail clients drop <style> blocks), no script, no SVG, no external image or font, so it pastes
// into the knowledge centre's e-zine and shows the same in every mail client.
import type { Block, ReportDocument } from "./document.ts";
import { escapeXml as x } from "./escape.ts";
import { internalLine } from "./internal-mark.ts";

const FONT = "font-family:Arial,Helvetica,sans-serif;color:#1d1d1f;";
const P = `${FONT}font-size:14px;line-height:1.5;margin:0 0 12px 0;`;
const CELL = `${FONT}font-size:13px;padding:4px 8px;border-bottom:1px solid #e5e5e5;text-align:left;vertical-align:top;`;

function block(b: Block): string {
  switch (b.type) {
    case "paragraph":
      return `<p style="${P}">${x(b.text)}</p>`;
    case "list":
      return `<ul style="${P}padding-left:20px;">${b.items.map((i) => `<li style="margin:0 0 6px 0;">${x(i)}</li>`).join("")}</ul>`;
    case "facts":
      return `<p style="${P}">${b.items.map((f) => `<strong>${x(f.label)}:</strong> ${x(f.value)}`).join("<br>")}</p>`;
    case "table":
      return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="border-collapse:collapse;margin:0 0 12px 0;"><tr>${b.columns
        .map((c) => `<th style="${CELL}background:#f3f5f8;">${x(c)}</th>`)
        .join("")}</tr>${b.rows.map((r) => `<tr>${r.map((v) => `<td style="${CELL}">${x(v)}</td>`).join("")}</tr>`).join("")}</table>`;
    case "figure":
      return "";
  }
}

export function renderEmailHtml(doc: ReportDocument): string {
  const sections = doc.sections
    .map((s) => `<tr><td style="padding:8px 24px;"><h2 style="${FONT}font-size:18px;margin:16px 0 8px 0;border-bottom:2px solid #4e79a7;">${x(s.heading)}</h2>${s.blocks.map(block).join("")}</td></tr>`)
    .join("");
  const mark = internalLine(doc);
  const internal = mark ? `<tr><td style="padding:10px 24px;background:#fff4ec;border:2px solid #d55e00;"><p style="${FONT}color:#7a2e00;font-size:13px;margin:0;"><strong>${x(mark.label)}</strong> — ${x(mark.text)}</p></td></tr>` : "";
  return `<!DOCTYPE html>
<html lang="${doc.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${x(doc.title)}</title></head>
<body style="margin:0;padding:0;background:#f3f5f8;">
<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="background:#f3f5f8;"><tr><td align="center" style="padding:16px 0;">
<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="600" style="width:600px;max-width:100%;background:#ffffff;">
<tr><td style="padding:20px 24px;background:#4e79a7;"><h1 style="${FONT}color:#ffffff;font-size:22px;margin:0;">${x(doc.title)}</h1><p style="${FONT}color:#ffffff;font-size:13px;margin:4px 0 0 0;">${x(doc.subtitle)}</p></td></tr>
${internal}${sections}
</table></td></tr></table>
</body></html>
`;
}
