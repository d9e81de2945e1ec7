// Where everything around the graph goes in an exported picture, worked out once
// for PNG and SVG alike: the heading and the caption's lines above the graph, the
// legend, the sources and the dataset line below it, each wrapped to the width
// (never squeezed or cut). No DOM: text widths come from a measuring function, so
// Node tests can check it. Sizes are CSS px at 1x; no text is under 11 px.

import type { Caption, LegendShape } from './caption';
import { wrapText } from './wrapText';

/** Font sizes, px at 1x: the heading, the caption's lines, and the legend and footer. */
export const FONT = { title: 16, line: 12, small: 11 } as const;
const LINE_HEIGHT = { title: 20, line: 16, small: 14 } as const;
/** Room at the picture's edges, px. */
export const MARGIN = 16;
/** A legend key: the swatch's width and the room after a key. */
const SWATCH = 12;
const KEY_GAP = 18;
/** Under this the graph would be a strip: a picture of a fixed size keeps at least this much graph. */
const MIN_GRAPH = 120;

export const TEXT_COLOUR = '#1d232b';

export interface TextOp {
  kind: 'text';
  /** left end of the baseline */
  x: number;
  y: number;
  text: string;
  size: number;
  bold: boolean;
  colour: string;
}

export interface SwatchOp {
  kind: 'swatch';
  /** left end, vertical middle */
  x: number;
  y: number;
  width: number;
  shape: LegendShape;
  colour: string;
}

export type LayoutOp = TextOp | SwatchOp;

export interface ExportLayout {
  width: number;
  height: number;
  /** the graph's box: the full width, from `top`, `height` tall */
  graph: { top: number; width: number; height: number };
  ops: LayoutOp[];
}

/** The width of a text at a size, px. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/**
 * The picture's size: the graph's height as on screen (the picture grows around it), or the whole
 * picture's height (a size preset: the graph takes what the words leave).
 */
export type LayoutSize = { width: number; graphHeight: number } | { width: number; height: number };

/** Lines of text, each wrapped to the width, one under the other from `y` (the first baseline). */
function textBlock(
  lines: readonly string[],
  y: number,
  style: { size: number; bold: boolean; colour: string; lineHeight: number },
  room: number,
  measure: Measure,
): { ops: TextOp[]; bottom: number } {
  const ops: TextOp[] = [];
  const fits = (line: string) => measure(line, style.size, style.bold) <= room;
  for (const line of lines.flatMap((l) => wrapText(l, fits))) {
    ops.push({ kind: 'text', x: MARGIN, y, text: line, size: style.size, bold: style.bold, colour: style.colour });
    y += style.lineHeight;
  }
  return { ops, bottom: y - style.lineHeight };
}

/** The heading and the caption's lines; `bottom` is where the graph starts. */
function header(caption: Caption, width: number, measure: Measure): { ops: TextOp[]; bottom: number } {
  const room = width - 2 * MARGIN;
  const title = textBlock(
    [caption.title],
    24,
    { size: FONT.title, bold: true, colour: TEXT_COLOUR, lineHeight: LINE_HEIGHT.title },
    room,
    measure,
  );
  const lines = textBlock(
    caption.lines,
    title.bottom + 20,
    { size: FONT.line, bold: false, colour: '#444444', lineHeight: LINE_HEIGHT.line },
    room,
    measure,
  );
  return { ops: [...title.ops, ...lines.ops], bottom: lines.bottom + 12 };
}

/** The legend's keys, flowing left to right and onto new rows, from `y` (the first row's middle). */
function legend(caption: Caption, width: number, y: number, measure: Measure): { ops: LayoutOp[]; bottom: number } {
  const ops: LayoutOp[] = [];
  let x = MARGIN;
  // a key's words that fit beside its swatch on a row of their own
  const room = width - 2 * MARGIN - SWATCH - 4;
  for (const item of caption.legend) {
    const w = SWATCH + 4 + measure(item.label, FONT.small, false);
    if (x > MARGIN && x + w > width - MARGIN) {
      x = MARGIN;
      y += LINE_HEIGHT.small + 4;
    }
    ops.push({ kind: 'swatch', x, y, width: SWATCH, shape: item.shape, colour: item.colour });
    // a key longer than a row (a narrow picture) is wrapped under itself, and the next key starts a row
    const rows = w > width - 2 * MARGIN ? wrapText(item.label, (t) => measure(t, FONT.small, false) <= room) : null;
    (rows ?? [item.label]).forEach((text, k) => {
      if (k > 0) y += LINE_HEIGHT.small;
      ops.push({ kind: 'text', x: x + SWATCH + 4, y: y + 4, text, size: FONT.small, bold: false, colour: TEXT_COLOUR });
    });
    x = rows ? width : x + w + KEY_GAP;
  }
  return { ops, bottom: caption.legend.length > 0 ? y + 4 : y - 14 };
}

/** The legend, the sources and the dataset line, from y = 0 (the graph's lower edge). */
function footer(caption: Caption, width: number, measure: Measure): { ops: LayoutOp[]; height: number } {
  const keys = legend(caption, width, 14, measure);
  const small = { size: FONT.small, bold: false, colour: '#555555', lineHeight: LINE_HEIGHT.small };
  const words = textBlock([caption.attribution, caption.dataset], keys.bottom + 18, small, width - 2 * MARGIN, measure);
  return { ops: [...keys.ops, ...words.ops], height: words.bottom + 10 };
}

const shifted = (op: LayoutOp, dy: number): LayoutOp => ({ ...op, y: op.y + dy });

export function layoutExport(caption: Caption, measure: Measure, size: LayoutSize): ExportLayout {
  const { width } = size;
  const top = header(caption, width, measure);
  const bottom = footer(caption, width, measure);
  const graphHeight =
    'graphHeight' in size ? size.graphHeight : Math.max(MIN_GRAPH, size.height - top.bottom - bottom.height);
  const below = top.bottom + graphHeight;
  return {
    width,
    height: 'height' in size ? size.height : below + bottom.height,
    graph: { top: top.bottom, width, height: graphHeight },
    ops: [...top.ops, ...bottom.ops.map((op) => shifted(op, below))],
  };
}

/** Without a canvas to measure with (SVG): about 0.62 em a character (0.66 bold), a little wide to be safe. */
export const estimateWidth: Measure = (text, size, bold) => text.length * size * (bold ? 0.66 : 0.62);

/** A legend key's drawing: a disc, or bars (a line, a thick line, two dashes, three dots, a dash and a dot), for PNG and SVG alike. */
export function swatchShapes(op: SwatchOp): {
  disc: { cx: number; cy: number; r: number } | null;
  bars: { x: number; y: number; width: number; height: number }[];
} {
  if (op.shape === 'node') return { disc: { cx: op.x + op.width / 2, cy: op.y, r: 5 }, bars: [] };
  if (op.shape === 'dashed') {
    const dash = (op.width - 2) / 2;
    return {
      disc: null,
      bars: [
        { x: op.x, y: op.y - 1.5, width: dash, height: 3 },
        { x: op.x + dash + 2, y: op.y - 1.5, width: dash, height: 3 },
      ],
    };
  }
  // dotted: three square dots; dash-dot: a dash and a dot (as lineMarks.ts strokes them, in small)
  const bar = (from: number, width: number) => ({ x: op.x + from, y: op.y - 1.5, width, height: 3 });
  const step = op.width / 5;
  if (op.shape === 'dotted') return { disc: null, bars: [bar(0, step), bar(2 * step, step), bar(4 * step, step)] };
  if (op.shape === 'dashdot') return { disc: null, bars: [bar(0, op.width / 2), bar(op.width * (2 / 3), step)] };
  const height = op.shape === 'thick' ? 5 : 3;
  return { disc: null, bars: [{ x: op.x, y: op.y - height / 2, width: op.width, height }] };
}
