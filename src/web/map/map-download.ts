// PNG and SVG of the map as the visitor sees it (filters, year, selection, camera), with its
// legend and a caption: title, date and source. The PNG stacks sigma's own layers (edges and
// nodes in WebGL, labels in 2D) read right after a synchronous redraw, then draws the legend and
// caption below them; the SVG is drawn from the same display data (what the reducers made of
// each node and edge) and the same placed labels, so both show exactly the current view.
import type Graph from "graphology";
import type Sigma from "sigma";
import type { LabelBox } from "./label-placement.ts";

export interface LegendLine { color: string; text: string; dashed?: boolean; line?: boolean }
export interface Picture { title: string; caption: string; legend: LegendLine[]; fileName: string }

const ROW = 18;
const PAD = 12;
const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function save(blob: Blob, name: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Height of the part under the map: the legend in two columns (one when narrow), and the caption. */
const footHeight = (width: number, lines: number) => PAD + Math.ceil(lines / (width >= 560 ? 2 : 1)) * ROW + PAD + 2 * ROW;

export async function downloadPng(renderer: Sigma, p: Picture): Promise<void> {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const canvases = renderer.getCanvases();
  const scale = window.devicePixelRatio || 1;
  const top = 2 * ROW + PAD;
  const out = document.createElement("canvas");
  out.width = Math.round(width * scale);
  out.height = Math.round((top + height + footHeight(width, p.legend.length)) * scale);
  const ctx = out.getContext("2d")!;
  ctx.scale(scale, scale);
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = "#1b1b1b";
  ctx.font = "600 16px system-ui, sans-serif";
  ctx.fillText(p.title, PAD, PAD + 14);
  for (const name of ["edges", "nodes", "labels"]) {
    const c = canvases[name];
    if (c) ctx.drawImage(c, 0, top, width, height);
  }
  let y = top + height + PAD;
  const columns = width >= 560 ? 2 : 1;
  ctx.font = "13px system-ui, sans-serif";
  p.legend.forEach((l, i) => {
    const x = PAD + (i % columns) * (width / columns);
    const row = y + Math.floor(i / columns) * ROW;
    ctx.fillStyle = ctx.strokeStyle = l.color;
    if (l.line) {
      ctx.lineWidth = 2.5;
      ctx.setLineDash(l.dashed ? [5, 4] : []);
      ctx.beginPath(); ctx.moveTo(x, row + 6); ctx.lineTo(x + 18, row + 6); ctx.stroke();
      ctx.setLineDash([]);
    } else {
      ctx.beginPath(); ctx.arc(x + 6, row + 6, 6, 0, 2 * Math.PI); ctx.fill();
    }
    ctx.fillStyle = "#1b1b1b";
    ctx.fillText(l.text, x + 24, row + 11, width / columns - 36);
  });
  y += Math.ceil(p.legend.length / columns) * ROW + PAD;
  ctx.fillStyle = "#5f6368";
  ctx.fillText(p.caption, PAD, y + 12, width - 2 * PAD);
  const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, "image/png"));
  if (blob) save(blob, `${p.fileName}.png`);
}

export function mapSvg(renderer: Sigma, graph: Graph, labels: LabelBox[], p: Picture): string {
  const { width, height } = renderer.getDimensions();
  const top = 2 * ROW + PAD;
  const total = top + height + footHeight(width, p.legend.length);
  const settings = renderer.getSettings();
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="system-ui, sans-serif">`,
    `<title>${xml(p.title)}</title><rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${PAD}" y="${PAD + 14}" font-size="16" font-weight="600" fill="#1b1b1b">${xml(p.title)}</text>`,
    `<g transform="translate(0 ${top})"><clipPath id="map-clip"><rect width="${width}" height="${height}"/></clipPath><g clip-path="url(#map-clip)">`,
  ];
  const at = (key: string) => {
    const d = renderer.getNodeDisplayData(key);
    if (!d || d.hidden) return undefined;
    return { ...renderer.framedGraphToViewport(d), size: renderer.scaleSize(d.size), color: d.color };
  };
  graph.forEachEdge((key, _a, s, t) => {
    const d = renderer.getEdgeDisplayData(key) as (ReturnType<Sigma["getEdgeDisplayData"]> & { type?: string }) | undefined;
    const a = at(s), b = at(t);
    if (!d || d.hidden || !a || !b) return;
    const dash = d.type === "dashed" ? ` stroke-dasharray="6 4"` : "";
    parts.push(`<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${xml(d.color)}" stroke-width="${Math.max(1, renderer.scaleSize(d.size) / 2).toFixed(1)}"${dash}/>`);
  });
  graph.forEachNode((key) => {
    const a = at(key);
    if (a) parts.push(`<circle cx="${a.x.toFixed(1)}" cy="${a.y.toFixed(1)}" r="${a.size.toFixed(1)}" fill="${xml(a.color)}"/>`);
  });
  const ts = settings.labelSize;
  for (const l of labels) {
    parts.push(`<text x="${l.x.toFixed(1)}" y="${(l.y + 1 + ts / 2 + ts / 3).toFixed(1)}" font-size="${ts}" fill="#1b1b1b" stroke="#fff" stroke-width="3" paint-order="stroke">${xml(l.label)}</text>`);
  }
  parts.push("</g></g>");
  const columns = width >= 560 ? 2 : 1;
  const y0 = top + height + PAD;
  p.legend.forEach((l, i) => {
    const x = PAD + (i % columns) * (width / columns);
    const y = y0 + Math.floor(i / columns) * ROW;
    parts.push(l.line
      ? `<line x1="${x}" y1="${y + 6}" x2="${x + 18}" y2="${y + 6}" stroke="${xml(l.color)}" stroke-width="2.5"${l.dashed ? ` stroke-dasharray="5 4"` : ""}/>`
      : `<circle cx="${x + 6}" cy="${y + 6}" r="6" fill="${xml(l.color)}"/>`);
    parts.push(`<text x="${x + 24}" y="${y + 11}" font-size="13" fill="#1b1b1b">${xml(l.text)}</text>`);
  });
  const yc = y0 + Math.ceil(p.legend.length / columns) * ROW + PAD;
  parts.push(`<text x="${PAD}" y="${yc + 12}" font-size="13" fill="#5f6368">${xml(p.caption)}</text></svg>`);
  return parts.join("\n");
}

export function downloadSvg(renderer: Sigma, graph: Graph, labels: LabelBox[], p: Picture): void {
  save(new Blob([mapSvg(renderer, graph, labels, p)], { type: "image/svg+xml" }), `${p.fileName}.svg`);
}
