// Inline SVG charts for the HTML reports, drawn with d3-scale (band and linear scales, nice ticks)
// and d3-shape (stack layout, lines): the positions come from the libraries made for this, the
// output is plain SVG text, so a report stays one self-contained file with no script and prints
// as it shows. Bars use a fixed colour-blind-safe palette (Tableau 10); the network picture colours
// communities as the maps do (analysis/palette.ts, by stable label). Text labels are on
// every bar so nothing depends on colour alone.
import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import type { Figure, NetworkPicture } from "./document.ts";
import { escapeXml as x } from "./escape.ts";
import { communityColour, NO_COMMUNITY_COLOUR } from "../analysis/palette.ts";

export const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];
const colour = (i: number) => (i < 0 ? "#999999" : PALETTE[i % PALETTE.length]!);
/** A community's colour on the network picture: the maps' and exports' colour, by its stable label. */
const communityFill = (label: number) => (label < 0 ? NO_COMMUNITY_COLOUR : communityColour(label));
const WIDTH = 720;
const LABEL = 260;
const ROW = 22;

function svgOpen(height: number, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${x(title)}" font-family="system-ui, sans-serif" font-size="12">`;
}

const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Counts have whole-number ticks only: no "1.5 networks". */
const wholeTicks = (scale: { ticks(count: number): number[] }) => scale.ticks(5).filter((t) => Number.isInteger(t));

export function barChart(fig: Extract<Figure, { type: "bars" }>): string {
  const height = fig.data.length * ROW + 30;
  const y = scaleBand<number>().domain(fig.data.map((_d, i) => i)).range([0, fig.data.length * ROW]).padding(0.2);
  const max = fig.data.reduce((m, d) => Math.max(m, d.value), 0);
  const xs = scaleLinear().domain([0, max || 1]).nice().range([LABEL, WIDTH - 50]);
  const ticks = wholeTicks(xs).map((t) => `<g transform="translate(${xs(t)},0)"><line y1="0" y2="${fig.data.length * ROW}" stroke="#ddd"/><text y="${fig.data.length * ROW + 14}" text-anchor="middle" fill="#555">${x(t)}</text></g>`);
  const bars = fig.data.map((d, i) => {
    const top = y(i)!;
    return `<g><title>${x(d.label)}: ${x(d.value)} ${x(fig.unit)}</title><text x="${LABEL - 6}" y="${top + y.bandwidth() / 2 + 4}" text-anchor="end">${x(clip(d.label))}</text><rect x="${LABEL}" y="${top}" width="${Math.max(0, xs(d.value) - LABEL)}" height="${y.bandwidth()}" fill="${PALETTE[0]}"/><text x="${xs(d.value) + 4}" y="${top + y.bandwidth() / 2 + 4}" fill="#222">${x(d.value)}</text></g>`;
  });
  return `${svgOpen(height, fig.title)}${ticks.join("")}${bars.join("")}</svg>`;
}

export function stackedChart(fig: Extract<Figure, { type: "stacked" }>): string {
  const legendRows = Math.ceil(fig.series.length / 4);
  const top = legendRows * 18 + 6;
  const height = top + fig.data.length * ROW + 24;
  const rows = fig.data.map((d) => Object.fromEntries(fig.series.map((s, i) => [s, d.values[i] ?? 0])) as Record<string, number>);
  const layers = stack<Record<string, number>>().keys(fig.series)(rows);
  const max = rows.reduce((m, r) => Math.max(m, fig.series.reduce((s, k) => s + r[k]!, 0)), 0);
  const xs = scaleLinear().domain([0, max || 1]).nice().range([LABEL, WIDTH - 20]);
  const y = scaleBand<number>().domain(fig.data.map((_d, i) => i)).range([top, top + fig.data.length * ROW]).padding(0.2);
  const legend = fig.series.map((s, i) => `<g transform="translate(${10 + (i % 4) * 175},${Math.floor(i / 4) * 18})"><rect width="12" height="12" fill="${colour(i)}"/><text x="16" y="10">${x(s)}</text></g>`);
  const labels = fig.data.map((d, i) => `<text x="${LABEL - 6}" y="${y(i)! + y.bandwidth() / 2 + 4}" text-anchor="end">${x(clip(d.label))}</text>`);
  const rects = layers.flatMap((layer, li) =>
    layer.map(([from, to], i) => (to > from ? `<rect x="${xs(from)}" y="${y(i)}" width="${xs(to) - xs(from)}" height="${y.bandwidth()}" fill="${colour(li)}"><title>${x(fig.data[i]!.label)} – ${x(fig.series[li]!)}: ${to - from}</title></rect>` : "")),
  );
  const ticks = wholeTicks(xs).map((t) => `<text x="${xs(t)}" y="${top + fig.data.length * ROW + 14}" text-anchor="middle" fill="#555">${x(t)}</text>`);
  return `${svgOpen(height, fig.title)}${legend.join("")}${labels.join("")}${rects.join("")}${ticks.join("")}</svg>`;
}

export function networkChart(title: string, p: NetworkPicture): string {
  // A handful of networks needs no full-width square.
  const size = p.nodes.length <= 12 ? 420 : WIDTH;
  const legendRows = Math.ceil(p.groups.length / 2);
  const height = size + legendRows * 18 + 10;
  const margin = 60;
  const posX = scaleLinear().domain([0, 1]).range([margin + (WIDTH - size) / 2, (WIDTH + size) / 2 - margin]);
  const posY = scaleLinear().domain([0, 1]).range([margin, size - margin]);
  const radius = scaleLinear().domain([0, 1]).range([3, 11]);
  const at = new Map(p.nodes.map((n) => [n.id, n]));
  const edges = p.edges.map((e) => {
    const a = at.get(e.source)!, b = at.get(e.target)!;
    const style = e.kind === "suggestion" ? ` stroke-dasharray="5 4" stroke="#8a8a8a" stroke-width="1.2"` : ` stroke="#333" stroke-width="2"`;
    return `<line x1="${posX(a.x).toFixed(1)}" y1="${posY(a.y).toFixed(1)}" x2="${posX(b.x).toFixed(1)}" y2="${posY(b.y).toFixed(1)}"${style} stroke-opacity="0.8"/>`;
  });
  const showLabels = p.nodes.length <= 40;
  // Labels go above their point, or below it when that would overlap a label or a point already there.
  const placed = p.nodes.map((n) => ({ x0: posX(n.x) - radius(n.size), x1: posX(n.x) + radius(n.size), y0: posY(n.y) - radius(n.size), y1: posY(n.y) + radius(n.size) }));
  const overlaps = (b: { x0: number; x1: number; y0: number; y1: number }) => placed.some((o) => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1);
  const nodes = p.nodes.map((n) => {
    const cx = posX(n.x).toFixed(1), cy = posY(n.y).toFixed(1);
    // Labels near an edge of the picture grow inwards, so none is cut off.
    const anchor = n.x > 0.8 ? "end" : n.x < 0.2 ? "start" : "middle";
    const text = clip(n.label, 28);
    const w = text.length * 5.6;
    const x0 = anchor === "start" ? posX(n.x) : anchor === "end" ? posX(n.x) - w : posX(n.x) - w / 2;
    const r = radius(n.size);
    const above = { x0, x1: x0 + w, y0: posY(n.y) - r - 13, y1: posY(n.y) - r - 1 };
    const below = { x0, x1: x0 + w, y0: posY(n.y) + r + 1, y1: posY(n.y) + r + 13 };
    const box = overlaps(above) && !overlaps(below) ? below : above;
    placed.push(box);
    const label = showLabels ? `<text x="${cx}" y="${(box.y1 - 2).toFixed(1)}" text-anchor="${anchor}" font-size="10" fill="#222" paint-order="stroke" stroke="#fbfbfb" stroke-width="3">${x(text)}</text>` : "";
    return `<g><title>${x(n.label)}</title><circle cx="${cx}" cy="${cy}" r="${radius(n.size).toFixed(1)}" fill="${communityFill(n.group)}" stroke="#fff" stroke-width="1"/>${label}</g>`;
  });
  const legend = p.groups.map((g, i) => `<g transform="translate(${10 + (i % 2) * 360},${size + Math.floor(i / 2) * 18})"><circle cx="6" cy="6" r="6" fill="${communityFill(g.group)}"/><text x="16" y="10">${x(clip(g.name, 52))}</text></g>`);
  return `${svgOpen(height, title)}<rect width="${WIDTH}" height="${size}" fill="#fbfbfb"/>${edges.join("")}${nodes.join("")}${legend.join("")}</svg>`;
}

export function figureSvg(fig: Figure): string {
  if (fig.type === "bars") return barChart(fig);
  if (fig.type === "stacked") return stackedChart(fig);
  return networkChart(fig.title, fig.picture);
}
