// Room for the labels at the full view. Sigma fits the nodes into the canvas, not their labels:
// a label is drawn to the right of its node, so the labels of the right-most nodes ran off the
// map. This finds the camera (a little zoomed out, shifted left) at which every label shown at the
// full view ends inside the canvas, and the map uses it as its home: first frame, fit button, "0".
// Labels keep their pixel size while the camera zooms, so the camera is found in a few steps.
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";

/** Pixels kept free between a label's end (or a node's left edge) and the canvas's border. */
const MARGIN = 8;
const STEPS = 4;

export function labelRoomCamera(renderer: Sigma, labelled: Iterable<string>): CameraState {
  const camera = renderer.getCamera();
  const home = { ...camera.getState() };
  const { width } = renderer.getDimensions();
  const settings = renderer.getSettings();
  const measure = document.createElement("canvas").getContext("2d");
  if (!measure || width === 0) return home;
  measure.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  // A label's length beyond its node's centre: node radius (at the camera's zoom) + 3 px + text.
  const nodes = [...labelled].flatMap((key) => {
    const d = renderer.getNodeDisplayData(key);
    return d && d.label && !d.hidden ? [{ d, text: measure.measureText(d.label).width }] : [];
  });
  if (!nodes.length) return home;
  const state = { ...home };
  for (let step = 0; step < STEPS; step++) {
    let left = Infinity, right = -Infinity;
    for (const { d, text } of nodes) {
      const p = renderer.framedGraphToViewport(d, { cameraState: state });
      const radius = renderer.scaleSize(d.size, state.ratio);
      left = Math.min(left, p.x - radius);
      right = Math.max(right, p.x + radius + 3 + text);
    }
    if (left >= MARGIN - 0.5 && right <= width - MARGIN + 0.5) break;
    // Centre the drawing's span and zoom out by the share it overflows (labels keep their size,
    // so the next step corrects what remains).
    const centre = renderer.viewportToFramedGraph({ x: (left + right) / 2, y: renderer.getDimensions().height / 2 }, { cameraState: state });
    const zoomOut = Math.max(1, (right - left) / (width - 2 * MARGIN));
    state.x = centre.x;
    state.ratio = state.ratio * zoomOut;
  }
  return state;
}
