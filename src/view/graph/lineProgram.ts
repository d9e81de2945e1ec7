// Every straight line sigma draws for us, solid or patterned: a denied or disputed
// line is dashed in its type's colour, so that the stroke, not the colour, says
// it is contested (a denied attack stays red); a line of intentions, offers,
// threats or conditional statements (no act) is dotted, one both is dash-dot
// (lineMarks.ts). Sigma's rectangle line with two more values: the pattern's
// code, and the distance along the line in screen pixels, which the fragment
// shader cuts into the pattern. One program for all, because a line changes
// pattern with a filter step, and sigma repaints a line in place only within
// the program it was indexed in. In picking mode the line stays whole, so it is
// as easy to hover.

import { createEdgeCompoundProgram, EdgeArrowHeadProgram, EdgeProgram } from 'sigma/rendering';
import type { ProgramInfo } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { linePattern, PATTERN_GLSL } from './lineMarks';

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_pattern;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform vec2 u_dimensions;

varying vec4 v_color;
varying float v_along;
varying float v_pattern;
varying float v_scale;

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
  v_pattern = a_pattern;
  // the pattern grows with a line wider than 2 px (lineMarks.ts patternScale)
  v_scale = max(1.0, pixelsThickness / u_sizeRatio / 2.0);

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
varying float v_pattern;
varying float v_scale;

${PATTERN_GLSL}

void main(void) {
  #ifndef PICKING_MODE
  if (patternGap(v_pattern, v_along, v_scale)) discard;
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
        { name: 'a_pattern', size: 1, type: FLOAT },
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
    data: { size: number; color: string; dashed?: boolean; dotted?: boolean },
  ): void {
    const thickness = data.size || 1;
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    const len = Math.hypot(dx, dy);
    const n1 = len ? (-dy / len) * thickness : 0;
    const n2 = len ? (dx / len) * thickness : 0;
    const pattern = linePattern(data.dashed, data.dotted);
    this.array.set(
      [source.x, source.y, target.x, target.y, n1, n2, pattern, floatColor(data.color), edgeIndex],
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
