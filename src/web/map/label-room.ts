// Room for the labels at the full view. Sigma fits the nodes into the canvas, not their labels:
// a label is drawn to the right of its node, so the labels of the right-most nodes ran off the
// map. This finds the camera (a little zoomed out, shifted left) at which every label that can be
// shown at the full view ends inside the canvas, and the map uses it as its home: first frame,
// fit button, "0". It is computed from the graph's own coordinates, framed the way sigma frames
// them (its graphExtent and normalisation), before sigma draws anything: the first frame is drawn
// once, at the home camera. Labels keep their pixel size while the camera zooms: the zoom is found
// by bisection. The camera matrix is built once (sigma would rebuild it for every node given a
// camera state), and labels are measured on sigma's own label canvas (no extra 2D context).
import type Graph from "graphology";
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import { createNormalizationFunction, graphExtent, matrixFromCamera } from "sigma/utils";

/** Pixels kept free between a label's end (or a node's left edge) and the canvas's border. */
const MARGIN = 8;
/** Bisection steps for the zoom: 2^-24 of the range, far below a pixel. */
const STEPS = 24;
/** Zooming out further than this would make the map unreadable; labels may then run off. */
const MOST_ZOOMED_OUT = 8;

export interface LabelRoomOptions {
  /** A node's label as the map shows it ("" or undefined: none). */
  labelOf(key: string): string | undefined;
  /** Whether a node's label can be shown when the node is drawn `renderedSize` pixels wide. */
  labelShown(key: string, renderedSize: number): boolean;
}

/**
 * The home camera of `graph` in `renderer` (which may still hold an empty graph: only its
 * dimensions, settings and camera are read).
 */
export function labelRoomCamera(renderer: Sigma, graph: Graph, options: LabelRoomOptions): CameraState {
  const home = { ...renderer.getCamera().getState() };
  const { width, height } = renderer.getDimensions();
  const settings = renderer.getSettings();
  const measure = renderer.getCanvases().labels?.getContext("2d");
  if (!measure || width === 0 || graph.order === 0) return home;
  // Sigma sets the font itself before it draws each label; save/restore leaves its context as it was.
  measure.save();
  measure.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;

  const extent = graphExtent(graph);
  const frame = createNormalizationFunction(extent);
  const graphDimensions = { width: extent.x[1] - extent.x[0] || 1, height: extent.y[1] - extent.y[0] || 1 };
  // Each node's horizontal position at the home ratio; zooming scales the distance to the
  // viewport's centre by home.ratio / ratio (the camera stays where it is).
  const matrix = matrixFromCamera(home, { width, height }, graphDimensions, renderer.getStagePadding());
  const nodes: { key: string; x: number; size: number; text: number }[] = [];
  graph.forEachNode((key, a) => {
    const framed = frame({ x: a.x as number, y: a.y as number });
    const x = renderer.framedGraphToViewport(framed, { matrix }).x;
    const size = (a.size as number | undefined) ?? 1;
    const label = options.labelOf(key);
    const text = label && options.labelShown(key, renderer.scaleSize(size, home.ratio)) ? measure.measureText(label).width : 0;
    nodes.push({ key, x, size, text });
  });
  measure.restore();
  const centreX = width / 2;
  // Horizontal extent (px) of the nodes and their labels at a zoom ratio: a label starts at its
  // node's radius + 3 px (sigma's drawDiscNodeLabel) and keeps its size at every zoom.
  const span = (ratio: number) => {
    let left = Infinity, right = -Infinity;
    for (const n of nodes) {
      const x = centreX + ((n.x - centreX) * home.ratio) / ratio;
      const radius = renderer.scaleSize(n.size, ratio);
      left = Math.min(left, x - radius);
      const labelled = n.text > 0 && options.labelShown(n.key, radius);
      right = Math.max(right, x + radius + (labelled ? 3 + n.text : 0));
    }
    return { left, right };
  };
  const fits = (ratio: number) => { const e = span(ratio); return e.right - e.left <= width - 2 * MARGIN; };
  let ratio = home.ratio;
  if (!fits(ratio)) {
    // The span shrinks as the camera zooms out: the least zoom at which it fits, by bisection.
    let lo = home.ratio, hi = home.ratio * MOST_ZOOMED_OUT;
    if (fits(hi)) {
      for (let i = 0; i < STEPS; i++) {
        const mid = (lo + hi) / 2;
        if (fits(mid)) hi = mid;
        else lo = mid;
      }
    }
    ratio = hi;
  }
  // Centre the span of nodes and labels.
  const { left, right } = span(ratio);
  const centre = renderer.viewportToFramedGraph({ x: (left + right) / 2, y: height / 2 }, { cameraState: { ...home, ratio }, graphDimensions });
  return { ...home, ratio, x: centre.x };
}
