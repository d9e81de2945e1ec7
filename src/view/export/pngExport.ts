// PNG of the current view: sigma's own layers drawn by @sigma/export-image (at a
// chosen pixel ratio: it reads window.devicePixelRatio, so that is set for the
// export), framed with the title, date range, legend and attribution on a solid
// background.

import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { BulkDrawing } from '../graph/bulkDrawing';
import { LABEL_COLOUR } from '../graph/labelLayer';
import type { PlacedLabel } from '../graph/labelPlacement';
import type { Caption } from './caption';
import { paintLoops, type DrawnLoop } from '../graph/loopLayer';
import { FOOTER_LINE, wrapText } from './wrapText';

const HEADER = 56;
const LEGEND_ROW = 18;

async function withPixelRatio<T>(ratio: number, run: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    return await run();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

export async function viewToPng(
  sigma: Sigma,
  labels: readonly PlacedLabel[],
  caption: Caption,
  scale: 1 | 2,
  /** a large graph's lines, which sigma does not draw */
  lines: BulkDrawing | null = null,
  /** self-loops, which sigma does not draw either (loopLayer.ts) */
  loops: readonly DrawnLoop[] = [],
): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const graphCanvas = await withPixelRatio(scale, () =>
    drawOnCanvas(sigma, {
      backgroundColor: '#ffffff',
      width,
      height,
      cameraState: sigma.getCamera().getState(),
      ...(lines && { withTempRenderer: async (temp: Sigma) => lines.drawInto(temp) }),
    }),
  );
  const legendRows = Math.ceil(caption.legend.length / 4);
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d');
  if (!measure) throw new Error('this browser cannot draw the image');
  measure.font = '11px system-ui, sans-serif';
  const sources = wrapText(caption.attribution, (line) => measure.measureText(line).width <= width - 32);
  const footer = legendRows * LEGEND_ROW + 34 + (sources.length - 1) * FOOTER_LINE;
  canvas.width = width * scale;
  canvas.height = (HEADER + height + footer) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the image');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, HEADER + height + footer);
  ctx.fillStyle = '#1d232b';
  ctx.font = '700 16px system-ui, sans-serif';
  ctx.fillText(caption.title, 16, 24, width - 32);
  ctx.font = '12px system-ui, sans-serif';
  ctx.fillStyle = '#444444';
  ctx.fillText(caption.range, 16, 44, width - 32);
  ctx.drawImage(graphCanvas, 0, HEADER, width, height);
  // sigma's layers carry no labels (labelLayer.ts draws them): the ones the screen shows; loops under them
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, HEADER, width, height);
  ctx.clip();
  paintLoops(ctx, loops, HEADER);
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = LABEL_COLOUR;
  for (const l of labels) {
    ctx.font = `${sigma.getSetting('labelWeight')} ${l.height - 4}px ${sigma.getSetting('labelFont')}`;
    ctx.strokeText(l.text, l.x, HEADER + l.y + l.height / 2);
    ctx.fillText(l.text, l.x, HEADER + l.y + l.height / 2);
  }
  ctx.restore();
  ctx.textBaseline = 'alphabetic';
  ctx.font = '11px system-ui, sans-serif';
  caption.legend.forEach((item, k) => {
    const x = 16 + (k % 4) * Math.max(120, (width - 32) / 4);
    const y = HEADER + height + 14 + Math.floor(k / 4) * LEGEND_ROW;
    ctx.fillStyle = item.colour;
    if (item.shape === 'node') {
      ctx.beginPath();
      ctx.arc(x + 5, y, 5, 0, Math.PI * 2);
      ctx.fill();
    } else if (item.shape === 'dashed') {
      ctx.fillRect(x, y - 1, 4, 3);
      ctx.fillRect(x + 7, y - 1, 4, 3);
    } else ctx.fillRect(x, y - 2, 12, 4);
    ctx.fillStyle = '#1d232b';
    ctx.fillText(item.label, x + 16, y + 4);
  });
  ctx.fillStyle = '#555555';
  ctx.font = '11px system-ui, sans-serif';
  sources.forEach((line, k) =>
    ctx.fillText(line, 16, HEADER + height + 24 + legendRows * LEGEND_ROW + k * FOOTER_LINE),
  );
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'),
  );
}
