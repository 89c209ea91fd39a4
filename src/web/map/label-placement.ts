// Which labels a map draws, and where: a pass of our own after each frame sigma draws, instead of
// sigma's label grid (which thins labels per cell but lets neighbouring cells' labels overlap).
// Candidates are the visible nodes drawn big enough to be labelled, taken by priority — the
// selected node and the map's subject first, then the largest nodes (size shows a network's
// partners), then the most connected, then by key — and a label is drawn only when its box
// overlaps no box already placed and lies inside the canvas. At any width, no two drawn labels
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
    this.graph.forEachNode((key) => {
      const d = r.getNodeDisplayData(key) as (ReturnType<Sigma["getNodeDisplayData"]> & { label?: string | null }) | undefined;
      if (!d || d.hidden || !d.label) return;
      const size = r.scaleSize(d.size);
      const rank = this.options.rank(key);
      if (rank <= 0 && size < this.options.minSize) return;
      const p = r.framedGraphToViewport(d);
      if (p.x < -50 || p.y < -50 || p.x > width + 50 || p.y > height + 50) return;
      candidates.push({ key, label: d.label, x: p.x, y: p.y, size, rank, degree: this.graph.degree(key) });
    });
    candidates.sort((a, b) => b.rank - a.rank || b.size - a.size || b.degree - a.degree || (a.key < b.key ? -1 : 1));
    const grid = new Map<string, LabelBox[]>();
    const cells = (b: LabelBox) => {
      const out: string[] = [];
      for (let i = Math.floor(b.x / BUCKET); i <= Math.floor((b.x + b.width) / BUCKET); i++) {
        for (let j = Math.floor(b.y / BUCKET); j <= Math.floor((b.y + b.height) / BUCKET); j++) out.push(`${i}:${j}`);
      }
      return out;
    };
    const overlaps = (b: LabelBox) => cells(b).some((c) => grid.get(c)?.some((o) => b.x < o.x + o.width && o.x < b.x + b.width && b.y < o.y + o.height && o.y < b.y + b.height));
    const textSize = settings.labelSize;
    for (const c of candidates) {
      let w = this.widths.get(c.label);
      if (w === undefined) this.widths.set(c.label, (w = ctx.measureText(c.label).width));
      const box: LabelBox = { key: c.key, label: c.label, x: c.x + c.size + GAP, y: c.y - textSize / 2 - 1, width: w, height: textSize + 2 };
      if (box.x < 0 || box.y < 0 || box.x + box.width > width - 2 || box.y + box.height > height) continue;
      if (overlaps(box)) continue;
      this.boxes.push(box);
      for (const cell of cells(box)) (grid.get(cell) ?? grid.set(cell, []).get(cell)!).push(box);
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
}
