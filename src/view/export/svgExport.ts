// SVG of a graph view (the screen's, or one framed for a size preset), drawn from
// the display data sigma computed (positions, colours, sizes), since sigma itself
// draws only to WebGL, with the words and legend exportLayout.ts places. Lines are
// shaped as on screen (lineGeometry.ts): curves, and arrowheads drawn as filled
// triangles in the line's colour (a marker filled with "context-stroke" is drawn
// black or not at all by many viewers and by Chromium's rasteriser). Every string
// is escaped: the file is safe to open and scales cleanly.

import type Sigma from 'sigma';
import { xmlEscape } from '../../io/xml';
import type { BulkDrawing } from '../graph/bulkDrawing';
import type { EdgeAttributes } from '../graph/buildGraph';
import { dashArray, linePattern, type LinePattern } from '../graph/lineMarks';
import { LABEL_COLOUR } from '../graph/labelLayer';
import type { PlacedLabel } from '../graph/labelPlacement';
import type { DrawnLoop } from '../graph/loopLayer';
import { nodeKey } from '../graph/nodeKeys';
import { FONT, swatchShapes, type ExportLayout, type LayoutOp } from './exportLayout';
import { lineShape, type Point } from './lineGeometry';
import type { GraphView } from './liveDrawing';

const EDGE_LABEL_COLOUR = '#3c4043';
const f = (n: number) => n.toFixed(1);

/** A line's pattern as on screen (lineProgram.ts, bulkLineLayer.ts): dashed, dotted, dash-dot; nothing when solid. */
function dashes(pattern: LinePattern, width: number): string {
  const strokes = dashArray(pattern, width);
  return strokes.length === 0 ? '' : ` stroke-dasharray="${strokes.join(' ')}"`;
}

export interface SvgOptions {
  /** the document's title (the caption's heading) */
  title: string;
  /** the document's size (a preset's pixels, A4 in mm); else the layout's px */
  size?: { width: string; height: string };
}

export function viewToSvg(view: GraphView, layout: ExportLayout, options: SvgOptions): string {
  const { width, height, graph } = layout;
  const w = +f(width);
  const h = +f(height);
  const size = options.size ?? { width: String(w), height: String(h) };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${w} ${h}" font-family="system-ui, sans-serif">`,
    `<title>${xmlEscape(options.title)}</title>`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    ...layoutSvg(layout.ops),
    `<g transform="translate(0 ${f(graph.top)})">`,
    `<clipPath id="graph"><rect width="${f(graph.width)}" height="${f(graph.height)}"/></clipPath><g clip-path="url(#graph)">`,
    ...sigmaLines(view.sigma),
    ...bulkLines(view.sigma, view.lines),
    ...loops(view.loops),
    ...discs(view.sigma),
    ...labels(view.sigma, view.labels),
    '</g></g></svg>',
    '',
  ].join('\n');
}

/** The heading, caption lines, legend keys, sources and dataset line. */
function layoutSvg(ops: readonly LayoutOp[]): string[] {
  return ops.flatMap((op) => {
    const fill = xmlEscape(op.colour);
    if (op.kind === 'text') {
      const weight = op.bold ? ' font-weight="700"' : '';
      return [
        `<text x="${f(op.x)}" y="${f(op.y)}" font-size="${op.size}"${weight} fill="${fill}">${xmlEscape(op.text)}</text>`,
      ];
    }
    const { disc, bars } = swatchShapes(op);
    return [
      ...(disc ? [`<circle cx="${f(disc.cx)}" cy="${f(disc.cy)}" r="${disc.r}" fill="${fill}"/>`] : []),
      ...bars.map(
        (b) => `<rect x="${f(b.x)}" y="${f(b.y)}" width="${f(b.width)}" height="${f(b.height)}" fill="${fill}"/>`,
      ),
    ];
  });
}

function viewportOf(sigma: Sigma, node: string): (Point & { r: number }) | null {
  const d = sigma.getNodeDisplayData(node);
  if (!d || d.hidden) return null;
  return { ...sigma.framedGraphToViewport(d), r: sigma.scaleSize(d.size) };
}

/** The lines sigma draws, in its order, shaped as on screen, with their arrowheads and words. */
function sigmaLines(sigma: Sigma): string[] {
  const parts: string[] = [];
  const labelSize = Math.max(FONT.small, sigma.getSetting('edgeLabelSize'));
  sigma.getGraph().forEachEdge((edge, attributes, source, target) => {
    const d = sigma.getEdgeDisplayData(edge);
    const a = viewportOf(sigma, source);
    const b = viewportOf(sigma, target);
    if (!d || d.hidden || !a || !b) return;
    const attr = attributes as Partial<EdgeAttributes>;
    const width = Math.max(1, sigma.scaleSize(d.size));
    const shape = lineShape(a, b, {
      curvature: attr.curvature ?? 0,
      directed: attr.directed === true,
      width,
      targetRadius: b.r,
    });
    const colour = xmlEscape(d.color);
    // contested lines are dashed, lines of no act dotted, as on screen (a curve is faded instead, by its colour)
    const marks = d as { dashed?: boolean; dotted?: boolean };
    const dash = dashes(linePattern(marks.dashed, marks.dotted), width);
    parts.push(`<path d="${shape.path}" fill="none" stroke="${colour}" stroke-width="${f(width)}"${dash}/>`);
    if (shape.arrow) parts.push(`<path d="${shape.arrow}" fill="${colour}"/>`);
    // the words sigma writes on lines: only those it is asked to (a path, a comparison, a contested line)
    if (d.label && d.forceLabel) {
      parts.push(
        `<text x="${f(shape.middle.x)}" y="${f(shape.middle.y)}" font-size="${labelSize}" fill="${EDGE_LABEL_COLOUR}" text-anchor="middle" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${xmlEscape(d.label)}</text>`,
      );
    }
  });
  return parts;
}

/** A large graph's lines, which sigma does not draw: straight, without arrowheads, as on screen. */
function bulkLines(sigma: Sigma, lines: BulkDrawing | null): string[] {
  if (!lines) return [];
  const parts: string[] = [];
  const ids = lines.lines.actorIds;
  lines.lines.forEachShown((from, to, colour, size, pattern) => {
    const a = viewportOf(sigma, nodeKey(ids[from]));
    const b = viewportOf(sigma, nodeKey(ids[to]));
    if (!a || !b) return;
    const width = Math.max(1, sigma.scaleSize(size));
    parts.push(
      `<path d="M${f(a.x)},${f(a.y)} L${f(b.x)},${f(b.y)}" fill="none" stroke="${xmlEscape(colour)}" stroke-width="${f(width)}"${dashes(pattern, width)}/>`,
    );
  });
  return parts;
}

function loops(drawn: readonly DrawnLoop[]): string[] {
  return drawn.map((l) => {
    const dash = dashes(linePattern(l.dashed, l.dotted), l.width);
    return `<circle cx="${f(l.x)}" cy="${f(l.y)}" r="${f(l.r)}" fill="none" stroke="${xmlEscape(l.colour)}" stroke-width="${f(l.width)}"${dash}/>`;
  });
}

function discs(sigma: Sigma): string[] {
  const parts: string[] = [];
  sigma.getGraph().forEachNode((node) => {
    const d = sigma.getNodeDisplayData(node);
    const p = viewportOf(sigma, node);
    if (!d || !p) return;
    parts.push(
      `<circle cx="${f(p.x)}" cy="${f(p.y)}" r="${f(Math.max(2, p.r))}" fill="${xmlEscape(d.color)}" stroke="#ffffff" stroke-width="1"/>`,
    );
  });
  return parts;
}

/** The labels the view shows, where it shows them, with the screen's white halo. */
function labels(sigma: Sigma, placed: readonly PlacedLabel[]): string[] {
  const font = xmlEscape(sigma.getSetting('labelFont'));
  const weight = xmlEscape(sigma.getSetting('labelWeight'));
  return placed.map(
    (l) =>
      `<text x="${f(l.x)}" y="${f(l.y + l.height / 2)}" dominant-baseline="central" font-family="${font}" font-size="${l.height - 4}" font-weight="${weight}" fill="${LABEL_COLOUR}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${xmlEscape(l.text)}</text>`,
  );
}
