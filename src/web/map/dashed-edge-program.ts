// Dashed edges for sigma.js v3, which draws only solid ones: sigma's own rectangle edge program
// with one more varying — the distance along the edge in screen space — and a fragment shader
// that leaves gaps. Picking (hover detection) keeps the whole edge, so the gaps can be hovered too.
import { EdgeRectangleProgram } from "sigma/rendering";

/** Dash period in clip-space units (the canvas is 2 units wide): about 12 px on a 600 px map. */
const DASHES_PER_UNIT = "50.0";

export class DashedEdgeProgram extends EdgeRectangleProgram {
  override getDefinition() {
    const def = super.getDefinition();
    const vertex = def.VERTEX_SHADER_SOURCE
      .replace("varying float v_feather;", "varying float v_feather;\nvarying float v_along;")
      .replace(
        "void main() {",
        `void main() {
  vec2 screenStart = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 screenEnd = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_along = a_positionCoef * length(screenEnd - screenStart);`,
      );
    const fragment = def.FRAGMENT_SHADER_SOURCE
      .replace("varying float v_feather;", "varying float v_feather;\nvarying float v_along;")
      .replace("#else", `#else\n  if (fract(v_along * ${DASHES_PER_UNIT}) > 0.55) discard;`);
    if (!vertex.includes("v_along =") || !fragment.includes("discard")) throw new Error("diagonal/dashed-edge-program: sigma's edge shader changed; cannot add dashes.");
    return { ...def, VERTEX_SHADER_SOURCE: vertex, FRAGMENT_SHADER_SOURCE: fragment };
  }
}
