// Every straight line sigma draws for us, solid or dashed: a denied or disputed
// relation is dashed in its type's colour, so that the stroke, not the colour,
// says it is contested (a denied attack stays red). Sigma's rectangle line with
// two more values: whether it is dashed, and the distance along the line in
// screen pixels, which the fragment shader cuts into dashes. One program for
// both, because a line turns contested with a filter step, and sigma repaints a
// line in place only within the program it was indexed in. In picking mode the
// line stays whole, so it is as easy to hover.

import { createEdgeCompoundProgram, EdgeArrowHeadProgram, EdgeProgram } from 'sigma/rendering';
import type { ProgramInfo } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';

/** dash and gap, px */
const DASH = 6;
const PERIOD = 10;

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_dashed;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform vec2 u_dimensions;

varying vec4 v_color;
varying float v_along;
varying float v_dashed;

const float bias = 255.0 / 254.0;

void main() {
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;
  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness, 1)).xy, 0, 1);

  // the line's length on screen, in px: its ends in clip space, scaled by half the viewport
  vec2 start = (u_matrix * vec3(a_positionStart, 1)).xy * u_dimensions / 2.0;
  vec2 end = (u_matrix * vec3(a_positionEnd, 1)).xy * u_dimensions / 2.0;
  v_along = a_positionCoef * length(end - start);
  v_dashed = a_dashed;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying float v_along;
varying float v_dashed;

void main(void) {
  #ifndef PICKING_MODE
  if (v_dashed > 0.5 && mod(v_along, ${PERIOD.toFixed(1)}) > ${DASH.toFixed(1)}) discard;
  #endif
  gl_FragColor = v_color;
}
`;

const UNIFORMS = ['u_matrix', 'u_sizeRatio', 'u_correctionRatio', 'u_minEdgeThickness', 'u_dimensions'] as const;

export class LineProgram extends EdgeProgram<(typeof UNIFORMS)[number]> {
  getDefinition() {
    const { UNSIGNED_BYTE, FLOAT, TRIANGLES } = WebGLRenderingContext;
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_positionStart', size: 2, type: FLOAT },
        { name: 'a_positionEnd', size: 2, type: FLOAT },
        { name: 'a_normal', size: 2, type: FLOAT },
        { name: 'a_dashed', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [
        { name: 'a_positionCoef', size: 1, type: FLOAT },
        { name: 'a_normalCoef', size: 1, type: FLOAT },
      ],
      CONSTANT_DATA: [
        [0, 1],
        [0, -1],
        [1, 1],
        [1, 1],
        [0, -1],
        [1, -1],
      ],
    };
  }

  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    source: { x: number; y: number },
    target: { x: number; y: number },
    data: { size: number; color: string; dashed?: boolean },
  ): void {
    const thickness = data.size || 1;
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    const len = Math.hypot(dx, dy);
    const n1 = len ? (-dy / len) * thickness : 0;
    const n2 = len ? (dx / len) * thickness : 0;
    const dashed = data.dashed ? 1 : 0;
    this.array.set(
      [source.x, source.y, target.x, target.y, n1, n2, dashed, floatColor(data.color), edgeIndex],
      startIndex,
    );
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    const { u_matrix, u_sizeRatio, u_correctionRatio, u_minEdgeThickness, u_dimensions } = uniformLocations;
    gl.uniformMatrix3fv(u_matrix, false, params.matrix);
    gl.uniform1f(u_sizeRatio, params.sizeRatio);
    gl.uniform1f(u_correctionRatio, params.correctionRatio);
    gl.uniform1f(u_minEdgeThickness, params.minEdgeThickness);
    gl.uniform2f(u_dimensions, params.width, params.height);
  }
}

/** The line with an arrowhead at its target, for directed types. */
export const LineArrowProgram = createEdgeCompoundProgram([LineProgram, EdgeArrowHeadProgram]);
