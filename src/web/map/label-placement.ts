// Which labels a map draws, and where: a pass of our own after each frame sigma draws, instead of
// sigma's label grid (which thins labels per cell but lets neighbouring cells' labels overlap).
// Candidates are the visible nodes drawn big enough to be labelled, taken by priority — the
// selected node and the map's subject first, then the largest nodes (size shows a network's
// partners), then the most connected, then by key — and a label is drawn only when its box
// overlaps no label already placed and no other node's disc, and lies inside the canvas: right
// of its node as sigma draws it, else left of it. A label longer than about half the canvas is
// cut with an ellipsis (the panel and the table give the whole name). At any width, no two drawn labels
// overlap. Boxes are found in a grid of buckets (no all-pairs loop); label widths are measured
// once per text. Each label gets a white halo, so it stays readable over lines.
import type Graph from "graphology";
import type Sigma from "sigma";

export interface LabelBox { key: string; label: string; x: number; y: number; width: number; height: number }

export interface LabelPlacementOptions {
  /** Higher first: e.g. 2 for the selection, 1 for the map's subject, 0 otherwise. */
  rank(key: string): number;
  /** Nodes drawn smaller than this (pixels) are not labelled unless ranked above 0. */
  minSize: number;
  /** Areas of the canvas (viewport pixels) covered by something else, such as the details panel. */
  covered?(): { x: number; y: number; width: number; height: number }[];
}

const BUCKET = 64;
/** Pixels between a label and its node, as sigma draws them (drawDiscNodeLabel). */
const GAP = 3;

export class LabelPlacement {
  private readonly widths = new Map<string, number>();
  boxes: LabelBox[] = [];

  constructor(private readonly renderer: Sigma, private readonly graph: Graph, private readonly options: LabelPlacementOptions) {}

  /** Places and draws the labels of the frame sigma has just drawn. */
  draw(): LabelBox[] {
    const r = this.renderer;
    const settings = r.getSettings();
    const ctx = r.getCanvases().labels?.getContext("2d");
    const { width, height } = r.getDimensions();
    this.boxes = [];
    if (!ctx) return this.boxes;
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    ctx.save();
    ctx.font = font;
    const candidates: { key: string; label: string; x: number; y: number; size: number; rank: number; degree: number }[] = [];
    const grid = new Map<string, LabelBox[]>();
    const cells = (b: LabelBox) => {
      const out: string[] = [];
      for (let i = Math.floor(b.x / BUCKET); i <= Math.floor((b.x + b.width) / BUCKET); i++) {
        for (let j = Math.floor(b.y / BUCKET); j <= Math.floor((b.y + b.height) / BUCKET); j++) out.push(`${i}:${j}`);
      }
      return out;
    };
    const add = (b: LabelBox) => { for (const cell of cells(b)) (grid.get(cell) ?? grid.set(cell, []).get(cell)!).push(b); };
    for (const c of this.options.covered?.() ?? []) add({ key: "(covered)", label: "(covered)", ...c });
    const textSize = settings.labelSize;
    const measure = (text: string) => {
      let w = this.widths.get(text);
      if (w === undefined) this.widths.set(text, (w = ctx.measureText(text).width));
      return w;
    };
    this.graph.forEachNode((key) => {
      const d = r.getNodeDisplayData(key) as (ReturnType<Sigma["getNodeDisplayData"]> & { label?: string | null }) | undefined;
      if (!d || d.hidden) return;
      const size = r.scaleSize(d.size);
      const p = r.framedGraphToViewport(d);
      if (p.x < -50 || p.y < -50 || p.x > width + 50 || p.y > height + 50) return;
      // Every drawn node's disc is an obstacle for the other nodes' labels (label "" marks a disc).
      add({ key, label: "", x: p.x - size, y: p.y - size, width: 2 * size, height: 2 * size });
      // A highlighted node's label is drawn by sigma on its hover layer, right of the node, in a
      // white box: not drawn again here, and an obstacle for the others.
      if ((d as { highlighted?: boolean }).highlighted && d.label) {
        add({ key: `${key} (highlighted)`, label: d.label, x: p.x + size, y: p.y - textSize / 2 - 3, width: measure(d.label) + GAP + 4, height: textSize + 6 });
        return;
      }
      const rank = this.options.rank(key);
      if (!d.label || (rank <= 0 && size < this.options.minSize)) return;
      candidates.push({ key, label: d.label, x: p.x, y: p.y, size, rank, degree: this.graph.degree(key) });
    });
    candidates.sort((a, b) => b.rank - a.rank || b.size - a.size || b.degree - a.degree || (a.key < b.key ? -1 : 1));
    const overlaps = (b: LabelBox) => cells(b).some((c) => grid.get(c)?.some((o) => (o.label !== "" || o.key !== b.key) && b.x < o.x + o.width && o.x < b.x + b.width && b.y < o.y + o.height && o.y < b.y + b.height));
    const widest = Math.max(90, width * (width < 500 ? 0.42 : 0.5));
    for (const c of candidates) {
      const { text, w } = this.fit(c.label, widest, measure);
      const y = c.y - textSize / 2 - 1;
      const sides: LabelBox[] = [
        { key: c.key, label: text, x: c.x + c.size + GAP, y, width: w, height: textSize + 2 },
        { key: c.key, label: text, x: c.x - c.size - GAP - w, y, width: w, height: textSize + 2 },
      ];
      const box = sides.find((b) => b.x >= 0 && b.y >= 0 && b.x + b.width <= width - 2 && b.y + b.height <= height && !overlaps(b));
      if (!box) continue;
      this.boxes.push(box);
      add(box);
    }
    ctx.fillStyle = typeof settings.labelColor.color === "string" ? settings.labelColor.color : "#1b1b1b";
    ctx.strokeStyle = "rgba(255,255,255,0.9)";
    ctx.lineWidth = 3;
    ctx.lineJoin = "round";
    for (const b of this.boxes) {
      const baseline = b.y + 1 + textSize / 2 + textSize / 3;
      ctx.strokeText(b.label, b.x, baseline);
      ctx.fillText(b.label, b.x, baseline);
    }
    ctx.restore();
    return this.boxes;
  }

  /** The label, cut with an ellipsis to at most `widest` pixels (by bisection over its length). */
  private fit(label: string, widest: number, measure: (t: string) => number): { text: string; w: number } {
    const w = measure(label);
    if (w <= widest) return { text: label, w };
    let lo = 1, hi = label.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (measure(`${label.slice(0, mid).trimEnd()}…`) <= widest) lo = mid;
      else hi = mid - 1;
    }
    const text = `${label.slice(0, lo).trimEnd()}…`;
    return { text, w: measure(text) };
  }
}
