// SVG of the current view, drawn from the graph sigma shows (positions on screen,
// colours, sizes, labels), since sigma itself draws only to WebGL. Every string
// is escaped: the file is safe to open and scales cleanly.

import type Sigma from 'sigma';
import type { BulkDrawing } from '../graph/bulkDrawing';
import { xmlEscape } from '../../io/xml';
import type { PlacedLabel } from '../graph/labelPlacement';
import { LABEL_COLOUR } from '../graph/labelLayer';
import type { Caption } from './caption';
import type { DrawnLoop } from '../graph/loopLayer';
import { nodeKey } from '../graph/nodeKeys';
import { fitsAbout, FOOTER_LINE, wrapText } from './wrapText';

const HEADER = 56;
const LEGEND_ROW = 18;

/** `lines`: a large graph's lines, which sigma does not draw (straight, no arrowheads, as on screen). */
export function viewToSvg(
  sigma: Sigma,
  labels: readonly PlacedLabel[],
  caption: Caption,
  lines: BulkDrawing | null = null,
  /** self-loops, which sigma does not draw (loopLayer.ts) */
  loops: readonly DrawnLoop[] = [],
): string {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const legendRows = Math.ceil(caption.legend.length / 4);
  const sources = wrapText(caption.attribution, fitsAbout(width - 32, 11));
  const footer = legendRows * LEGEND_ROW + 34 + (sources.length - 1) * FOOTER_LINE;
  const total = HEADER + height + footer;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="system-ui, sans-serif">`,
  );
  parts.push(`<title>${xmlEscape(caption.title)}</title>`);
  parts.push(
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>',
  );
  parts.push(`<rect width="${width}" height="${total}" fill="#ffffff"/>`);
  parts.push(`<text x="16" y="24" font-size="16" font-weight="700">${xmlEscape(caption.title)}</text>`);
  parts.push(`<text x="16" y="44" font-size="12" fill="#444">${xmlEscape(caption.range)}</text>`);
  parts.push(`<g transform="translate(0 ${HEADER})">`);
  parts.push(`<clipPath id="view"><rect width="${width}" height="${height}"/></clipPath><g clip-path="url(#view)">`);
  const at = (node: string) => {
    const d = sigma.getNodeDisplayData(node);
    return d ? sigma.framedGraphToViewport(d) : null;
  };
  graph.forEachEdge((edge, attr, source, target) => {
    const d = sigma.getEdgeDisplayData(edge);
    const a = at(source);
    const b = at(target);
    if (!d || d.hidden || !a || !b) return;
    const strokeWidth = Math.max(1, d.size);
    const marker = (attr as { directed?: boolean }).directed ? ' marker-end="url(#arrow)"' : '';
    const curvature = (attr as { curvature?: number }).curvature ?? 0;
    let path: string;
    if (curvature) {
      const mx = (a.x + b.x) / 2 + (b.y - a.y) * curvature * 0.5;
      const my = (a.y + b.y) / 2 - (b.x - a.x) * curvature * 0.5;
      path = `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`;
    } else path = `M${a.x.toFixed(1)},${a.y.toFixed(1)} L${b.x.toFixed(1)},${b.y.toFixed(1)}`;
    // contested lines are dashed, as on screen
    const dashed = (d as { dashed?: boolean }).dashed === true;
    const dash = dashed ? ` stroke-dasharray="${(strokeWidth * 3).toFixed(1)} ${(strokeWidth * 2).toFixed(1)}"` : '';
    parts.push(
      `<path d="${path}" fill="none" stroke="${xmlEscape(d.color)}" stroke-width="${strokeWidth.toFixed(1)}"${dash}${marker}/>`,
    );
    // the words sigma writes on lines: only those it is asked to (a path, a comparison, a contested line)
    if (d.label && d.forceLabel) {
      const lx = (a.x + b.x) / 2;
      const ly = (a.y + b.y) / 2;
      parts.push(
        `<text x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" font-size="10" fill="#3c4043" text-anchor="middle">${xmlEscape(d.label)}</text>`,
      );
    }
  });
  if (lines) {
    const ids = lines.lines.actorIds;
    lines.lines.forEachShown((from, to, colour, size, dashed) => {
      const a = at(nodeKey(ids[from]));
      const b = at(nodeKey(ids[to]));
      if (!a || !b) return;
      const width = Math.max(1, sigma.scaleSize(size));
      const dash = dashed ? ` stroke-dasharray="${(width * 3).toFixed(1)} ${(width * 2).toFixed(1)}"` : '';
      parts.push(
        `<path d="M${a.x.toFixed(1)},${a.y.toFixed(1)} L${b.x.toFixed(1)},${b.y.toFixed(1)}" fill="none" stroke="${colour}" stroke-width="${width.toFixed(1)}"${dash}/>`,
      );
    });
  }
  for (const l of loops) {
    const dash = l.dashed ? ` stroke-dasharray="${l.width * 3} ${l.width * 2}"` : '';
    parts.push(
      `<circle cx="${l.x.toFixed(1)}" cy="${l.y.toFixed(1)}" r="${l.r.toFixed(1)}" fill="none" stroke="${xmlEscape(l.colour)}" stroke-width="${l.width.toFixed(1)}"${dash}/>`,
    );
  }
  graph.forEachNode((node) => {
    const d = sigma.getNodeDisplayData(node);
    const p = at(node);
    if (!d || d.hidden || !p) return;
    const r = Math.max(2, sigma.scaleSize(d.size));
    parts.push(
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${xmlEscape(d.color)}" stroke="#ffffff" stroke-width="1"/>`,
    );
  });
  // the labels the screen shows, where it shows them, with the same white halo
  const font = sigma.getSetting('labelFont');
  for (const l of labels) {
    const size = l.height - 4;
    parts.push(
      `<text x="${l.x.toFixed(1)}" y="${(l.y + l.height / 2).toFixed(1)}" dominant-baseline="central" font-family="${xmlEscape(font)}" font-size="${size}" font-weight="600" fill="${LABEL_COLOUR}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${xmlEscape(l.text)}</text>`,
    );
  }
  parts.push('</g></g>');
  parts.push(`<g transform="translate(16 ${HEADER + height + 14})" font-size="11">`);
  caption.legend.forEach((item, k) => {
    const x = (k % 4) * Math.max(120, (width - 32) / 4);
    const y = Math.floor(k / 4) * LEGEND_ROW;
    parts.push(
      item.shape === 'node'
        ? `<circle cx="${x + 5}" cy="${y}" r="5" fill="${xmlEscape(item.colour)}"/>`
        : item.shape === 'dashed'
          ? `<path d="M${x},${y} h12" stroke="${xmlEscape(item.colour)}" stroke-width="3" stroke-dasharray="4 3"/>`
          : `<rect x="${x}" y="${y - 2}" width="12" height="4" fill="${xmlEscape(item.colour)}"/>`,
    );
    parts.push(`<text x="${x + 16}" y="${y + 4}">${xmlEscape(item.label)}</text>`);
  });
  sources.forEach((line, k) => {
    parts.push(
      `<text x="0" y="${legendRows * LEGEND_ROW + 10 + k * FOOTER_LINE}" fill="#555">${xmlEscape(line)}</text>`,
    );
  });
  parts.push('</g></svg>');
  return `${parts.join('\n')}\n`;
}
