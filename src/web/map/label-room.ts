// Room for the labels at the full view. Sigma fits the nodes into the canvas, not their labels:
// a label is drawn to the right of its node, so the labels of the right-most nodes ran off the
// map. This finds the camera (a little zoomed out, shifted left) at which every label shown at the
// full view ends inside the canvas, and the map uses it as its home: first frame, fit button, "0".
// Labels keep their pixel size while the camera zooms: the zoom is found by bisection.
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";

/** Pixels kept free between a label's end (or a node's left edge) and the canvas's border. */
const MARGIN = 8;
/** Bisection steps for the zoom: 2^-24 of the range, far below a pixel. */
const STEPS = 24;
/** Zooming out further than this would make the map unreadable; labels may then run off. */
const MOST_ZOOMED_OUT = 8;

export function labelRoomCamera(renderer: Sigma, labelled: Iterable<string>): CameraState {
  const home = { ...renderer.getCamera().getState() };
  const { width, height } = renderer.getDimensions();
  const settings = renderer.getSettings();
  const measure = document.createElement("canvas").getContext("2d");
  if (!measure || width === 0) return home;
  measure.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const nodes = [...labelled].flatMap((key) => {
    const d = renderer.getNodeDisplayData(key);
    return d && d.label && !d.hidden ? [{ d, text: measure.measureText(d.label).width }] : [];
  });
  if (!nodes.length) return home;
  // Horizontal extent (px) of the nodes and their labels at a zoom ratio: a label starts at its
  // node's radius + 3 px (sigma's drawDiscNodeLabel) and keeps its size at every zoom.
  const extent = (ratio: number) => {
    const state = { ...home, ratio };
    let left = Infinity, right = -Infinity;
    for (const { d, text } of nodes) {
      const x = renderer.framedGraphToViewport(d, { cameraState: state }).x;
      const radius = renderer.scaleSize(d.size, ratio);
      left = Math.min(left, x - radius);
      right = Math.max(right, x + radius + 3 + text);
    }
    return { left, right };
  };
  const fits = (ratio: number) => { const e = extent(ratio); return e.right - e.left <= width - 2 * MARGIN; };
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
  const { left, right } = extent(ratio);
  const centre = renderer.viewportToFramedGraph({ x: (left + right) / 2, y: height / 2 }, { cameraState: { ...home, ratio } });
  return { ...home, ratio, x: centre.x };
}
