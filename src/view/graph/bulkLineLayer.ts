// The lines of a large graph, drawn by us rather than by sigma. Sigma indexes
// every edge in one pass whenever it processes the graph: seconds at 100,000
// lines, with the page frozen. Here a line is a few columns (its two actors'
// ordinals, a colour, a width) filled in slices between frames (bulkLines.ts),
// and the actors' positions are a small texture, so moving the actors costs one
// upload of their positions, not a pass over the lines. Straight lines, with
// no arrowheads; contested ones are dashed, those of no act dotted, both
// dash-dot (lineMarks.ts), the pattern's code packed with the width. They are drawn into sigma's own
// edge canvas (which lies under the discs' canvas) once sigma has drawn a frame,
// with that frame's camera, so they follow the camera, resize with the pane and
// go with sigma.

import type Sigma from 'sigma';
import { PATTERN_GLSL, type LinePattern } from './lineMarks';

/**
 * A line's width column holds its width and its pattern's code (lineMarks.ts) in one float: width +
 * PATTERN_STEP × code, 0 when hidden. A width is a few px (under 256); in 32 bits it keeps 1/30,000 px.
 */
export const PATTERN_STEP = 256;

export function packSize(width: number, pattern: LinePattern): number {
  return Math.min(width, PATTERN_STEP - 1) + PATTERN_STEP * pattern;
}

export function unpackSize(packed: number): { width: number; pattern: LinePattern } {
  const pattern = Math.floor(packed / PATTERN_STEP) as LinePattern;
  return { width: packed - PATTERN_STEP * pattern, pattern };
}
/** the positions texture's width: actor k is at texel (k % W, k / W) */
const TEXTURE_WIDTH = 1024;

const VERTEX = /* glsl */ `#version 300 es
in vec2 a_corner;
in vec2 a_ends;
in vec4 a_colour;
in float a_size;
uniform highp sampler2D u_positions;
uniform mat3 u_matrix;
uniform vec2 u_resolution;
uniform float u_sizeRatio;
out vec4 v_colour;
out float v_along;
out float v_across;
out float v_half;
out float v_pattern;
out float v_scale;

vec2 positionOf(float k) {
  int i = int(k);
  return texelFetch(u_positions, ivec2(i % ${TEXTURE_WIDTH}, i / ${TEXTURE_WIDTH}), 0).xy;
}

void main() {
  if (a_size == 0.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  vec2 a = (u_matrix * vec3(positionOf(a_ends.x), 1.0)).xy;
  vec2 b = (u_matrix * vec3(positionOf(a_ends.y), 1.0)).xy;
  vec2 d = b - a;
  float len = length(d);
  vec2 dir = len > 0.0 ? d / len : vec2(1.0, 0.0);
  float pattern = floor(a_size / ${PATTERN_STEP.toFixed(1)});
  float width = a_size - pattern * ${PATTERN_STEP.toFixed(1)};
  float halfWidth = max(width * u_sizeRatio, 1.0) / 2.0;
  // half a pixel more on each side, faded in the fragment shader: smooth edges without multisampling
  vec2 p = mix(a, b, a_corner.x) + vec2(-dir.y, dir.x) * a_corner.y * (halfWidth + 0.5);
  gl_Position = vec4(p.x / u_resolution.x * 2.0 - 1.0, 1.0 - p.y / u_resolution.y * 2.0, 0.0, 1.0);
  v_colour = a_colour;
  v_along = a_corner.x * len;
  v_across = a_corner.y * (halfWidth + 0.5);
  v_half = halfWidth;
  v_pattern = pattern;
  // the pattern grows with a line wider than 2 px (lineMarks.ts patternScale)
  v_scale = max(1.0, halfWidth);
}`;

const FRAGMENT = /* glsl */ `#version 300 es
precision mediump float;
in vec4 v_colour;
in float v_along;
in float v_across;
in float v_half;
in float v_pattern;
in float v_scale;
out vec4 colour;

${PATTERN_GLSL}

void main() {
  if (patternGap(v_pattern, v_along, v_scale)) discard;
  float alpha = v_colour.a * clamp(v_half + 0.5 - abs(v_across), 0.0, 1.0);
  // premultiplied, as sigma blends (ONE, ONE_MINUS_SRC_ALPHA)
  colour = vec4(v_colour.rgb * alpha, alpha);
}`;

/** What the layer draws: per line, the two actors' ordinals, a colour (RGBA bytes) and a width with its pattern (packSize; 0 hidden). */
export interface LineColumns {
  readonly ends: Float32Array;
  readonly colour: Uint8Array;
  readonly size: Float32Array;
}

interface Buffers {
  vao: WebGLVertexArrayObject;
  ends: WebGLBuffer;
  colour: WebGLBuffer;
  size: WebGLBuffer;
  count: number;
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('the line shader could not be created');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(gl.getShaderInfoLog(shader) ?? 'shader');
  return shader;
}

export class BulkLineLayer {
  private readonly gl: WebGL2RenderingContext;
  private readonly program: WebGLProgram;
  private readonly corners: WebGLBuffer;
  private readonly positions: WebGLTexture;
  /** the positions texture's data, actor k at [2k], [2k + 1] */
  private readonly texels: Float32Array;
  private readonly main: Buffers;
  /** lines drawn again on top (a selection, a path, a comparison's new and flipped lines) */
  private raised: Buffers;
  private readonly uniforms: Record<'matrix' | 'resolution' | 'sizeRatio' | 'positions', WebGLUniformLocation | null>;
  /** the lines' columns changed in [dirtyFrom, dirtyTo): uploaded before the next draw */
  private dirtyFrom = Infinity;
  private dirtyTo = 0;
  private readonly draw = () => this.render();

  /** Whether this browser can draw bulk lines into sigma's edge context (WebGL 2). */
  static possible(sigma: Sigma): boolean {
    return edgeContext(sigma) !== null;
  }

  constructor(
    private readonly sigma: Sigma,
    private readonly columns: LineColumns,
    actors: number,
    /** writes x, y of actor k at [2k], [2k + 1], in graph coordinates */
    private readonly actorXY: (out: Float32Array) => void,
  ) {
    // one texel row per TEXTURE_WIDTH actors, written again in place whenever they move
    this.texels = new Float32Array(TEXTURE_WIDTH * Math.max(1, Math.ceil(actors / TEXTURE_WIDTH)) * 2);
    const gl = edgeContext(sigma);
    if (!gl) throw new Error('this browser cannot draw the lines of a large graph (no WebGL 2)');
    this.gl = gl;
    const program = gl.createProgram();
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(gl.getProgramInfoLog(program) ?? 'link');
    this.program = program;
    this.uniforms = {
      matrix: gl.getUniformLocation(program, 'u_matrix'),
      resolution: gl.getUniformLocation(program, 'u_resolution'),
      sizeRatio: gl.getUniformLocation(program, 'u_sizeRatio'),
      positions: gl.getUniformLocation(program, 'u_positions'),
    };
    this.corners = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.corners);
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([0, -1, 0, 1, 1, -1, 1, 1]), gl.STATIC_DRAW);
    this.positions = gl.createTexture();
    this.main = this.buffers(columns);
    this.raised = this.buffers(emptyColumns());
    this.uploadPositions();
    sigma.on('afterRender', this.draw);
    // a process follows any move of the actors (a layout settling): their positions are read again
    sigma.on('afterProcess', this.onProcess);
  }

  /** Lines [from, to) changed in the columns: they are uploaded at the next frame. */
  changed(from: number, to: number): void {
    this.dirtyFrom = Math.min(this.dirtyFrom, from);
    this.dirtyTo = Math.max(this.dirtyTo, to);
  }

  /** The lines drawn on top, as columns of their own (few): replaces the previous ones. */
  setRaised(columns: LineColumns): void {
    this.deleteBuffers(this.raised);
    this.raised = this.buffers(columns);
  }

  /** The actors moved: their positions are read again before the next frame. */
  uploadPositions(): void {
    const gl = this.gl;
    this.actorXY(this.texels);
    const rows = this.texels.length / 2 / TEXTURE_WIDTH;
    gl.bindTexture(gl.TEXTURE_2D, this.positions);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RG32F, TEXTURE_WIDTH, rows, 0, gl.RG, gl.FLOAT, this.texels);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    gl.bindTexture(gl.TEXTURE_2D, null);
  }

  kill(): void {
    this.sigma.off('afterRender', this.draw);
    this.sigma.off('afterProcess', this.onProcess);
    // the context goes with sigma; when sigma stays (a test), the resources go now
    const gl = this.gl;
    if (gl.isContextLost()) return;
    this.deleteBuffers(this.main);
    this.deleteBuffers(this.raised);
    gl.deleteBuffer(this.corners);
    gl.deleteTexture(this.positions);
    gl.deleteProgram(this.program);
  }

  private readonly onProcess = () => this.uploadPositions();

  private buffers(columns: LineColumns): Buffers {
    const gl = this.gl;
    const vao = gl.createVertexArray();
    gl.bindVertexArray(vao);
    const attribute = (name: string, size: number, type: number, normalized: boolean, divisor: number) => {
      const at = gl.getAttribLocation(this.program, name);
      gl.enableVertexAttribArray(at);
      gl.vertexAttribPointer(at, size, type, normalized, 0, 0);
      gl.vertexAttribDivisor(at, divisor);
    };
    gl.bindBuffer(gl.ARRAY_BUFFER, this.corners);
    attribute('a_corner', 2, gl.FLOAT, false, 0);
    const upload = (data: ArrayBufferView, usage: number) => {
      const buffer = gl.createBuffer();
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.bufferData(gl.ARRAY_BUFFER, data, usage);
      return buffer;
    };
    const ends = upload(columns.ends, gl.STATIC_DRAW);
    attribute('a_ends', 2, gl.FLOAT, false, 1);
    const colour = upload(columns.colour, gl.DYNAMIC_DRAW);
    attribute('a_colour', 4, gl.UNSIGNED_BYTE, true, 1);
    const size = upload(columns.size, gl.DYNAMIC_DRAW);
    attribute('a_size', 1, gl.FLOAT, false, 1);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    return { vao, ends, colour, size, count: columns.size.length };
  }

  private deleteBuffers(b: Buffers): void {
    this.gl.deleteVertexArray(b.vao);
    for (const buffer of [b.ends, b.colour, b.size]) this.gl.deleteBuffer(buffer);
  }

  private uploadDirty(): void {
    if (this.dirtyFrom >= this.dirtyTo) return;
    const gl = this.gl;
    const { from, to } = { from: this.dirtyFrom, to: Math.min(this.dirtyTo, this.main.count) };
    this.dirtyFrom = Infinity;
    this.dirtyTo = 0;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.main.colour);
    gl.bufferSubData(gl.ARRAY_BUFFER, from * 4, this.columns.colour, from * 4, (to - from) * 4);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.main.size);
    gl.bufferSubData(gl.ARRAY_BUFFER, from * 4, this.columns.size, from, to - from);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  }

  /** Draws every line, then the raised ones, with the camera sigma is about to draw with. */
  private render(): void {
    const gl = this.gl;
    const sigma = this.sigma;
    this.uploadDirty();
    const { width, height } = sigma.getDimensions();
    // graph coordinates to the pane's pixels: sigma's own transform, read at three points
    const o = sigma.graphToViewport({ x: 0, y: 0 });
    const ex = sigma.graphToViewport({ x: 1, y: 0 });
    const ey = sigma.graphToViewport({ x: 0, y: 1 });
    const matrix = new Float32Array([ex.x - o.x, ex.y - o.y, 0, ey.x - o.x, ey.y - o.y, 0, o.x, o.y, 1]);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.viewport(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.useProgram(this.program);
    gl.uniformMatrix3fv(this.uniforms.matrix, false, matrix);
    gl.uniform2f(this.uniforms.resolution, width, height);
    gl.uniform1f(this.uniforms.sizeRatio, sigma.scaleSize(1));
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.positions);
    gl.uniform1i(this.uniforms.positions, 0);
    for (const b of [this.main, this.raised]) {
      if (b.count === 0) continue;
      gl.bindVertexArray(b.vao);
      gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, b.count);
    }
    gl.bindVertexArray(null);
    gl.bindTexture(gl.TEXTURE_2D, null);
  }
}

export function emptyColumns(): LineColumns {
  return { ends: new Float32Array(0), colour: new Uint8Array(0), size: new Float32Array(0) };
}

/** Sigma's edge layer context: asking its canvas for the kind sigma made gives the same context back. */
function edgeContext(sigma: Sigma): WebGL2RenderingContext | null {
  return sigma.getCanvases().edges.getContext('webgl2');
}
