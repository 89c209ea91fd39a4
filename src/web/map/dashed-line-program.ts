// Dashed one-pixel lines for the suggestions on large maps. Sigma's EdgeLineProgram draws an edge
// as one GL line (two vertices) instead of a rectangle of two triangles, which is what keeps
// 10,000 edges cheap in software WebGL; this is that program with the gaps of DashedEdgeProgram:
// each vertex also carries the other end, so the shader knows the edge's length on screen and the
// dashes keep their size in pixels at every zoom.
import { EdgeProgram } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";

/** Dash period in clip-space units (the canvas is 2 units wide), as in DashedEdgeProgram. */
const DASHES_PER_UNIT = "50.0";

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute vec2 a_other;
attribute float a_positionCoef;

uniform mat3 u_matrix;

varying vec4 v_color;
varying float v_along;

const float bias = 255.0 / 254.0;

void main() {
  vec2 here = (u_matrix * vec3(a_position, 1)).xy;
  vec2 there = (u_matrix * vec3(a_other, 1)).xy;
  gl_Position = vec4(here, 0, 1);
  v_along = a_positionCoef * length(there - here);
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying float v_along;

void main(void) {
  #ifndef PICKING_MODE
  if (fract(v_along * ${DASHES_PER_UNIT}) > 0.55) discard;
  #endif
  gl_FragColor = v_color;
}
`;

const { FLOAT, UNSIGNED_BYTE, LINES } = WebGLRenderingContext;
const UNIFORMS = ["u_matrix"] as const;

export class DashedLineProgram extends EdgeProgram<(typeof UNIFORMS)[number]> {
  getDefinition() {
    return {
      VERTICES: 2,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: LINES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: "a_position", size: 2, type: FLOAT },
        { name: "a_other", size: 2, type: FLOAT },
        { name: "a_positionCoef", size: 1, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
    };
  }

  processVisibleItem(edgeIndex: number, startIndex: number, source: { x: number; y: number }, target: { x: number; y: number }, data: { color: string }): void {
    const array = this.array;
    const color = floatColor(data.color);
    let i = startIndex;
    for (const [here, there, coef] of [[source, target, 0], [target, source, 1]] as const) {
      array[i++] = here.x;
      array[i++] = here.y;
      array[i++] = there.x;
      array[i++] = there.y;
      array[i++] = coef;
      array[i++] = color;
      array[i++] = edgeIndex;
    }
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> }): void {
    gl.uniformMatrix3fv(uniformLocations.u_matrix!, false, params.matrix);
  }
}
