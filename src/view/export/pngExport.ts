// PNG of the current view: sigma's own layers drawn by @sigma/export-image (at a
// chosen pixel ratio: it reads window.devicePixelRatio, so that is set for the
// export), our labels and self-loops over them, framed by the words and legend
// exportLayout.ts places, on a solid background. At the screen's size (1x, 2x)
// the graph is the screen's; at a size preset it is framed afresh on the actors
// shown, with labels placed for that frame, and the image is exactly the preset.

import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { LABEL_COLOUR } from '../graph/labelLayer';
import type { PlacedLabel } from '../graph/labelPlacement';
import { paintLoops } from '../graph/loopLayer';
import type { Caption } from './caption';
import { layoutExport, swatchShapes, type ExportLayout, type LayoutOp, type Measure } from './exportLayout';
import { frameShown } from './framing';
import { framedView, screenView, type GraphView, type LiveDrawing } from './liveDrawing';
import { layoutSize, type SizePreset } from './presets';

const BACKGROUND = '#ffffff';
const FONT_FAMILY = 'system-ui, sans-serif';

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

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the image');
  return ctx;
}

/** Text widths as the canvas draws them. */
function canvasMeasure(): Measure {
  const ctx = context2d(document.createElement('canvas'));
  return (text, size, bold) => {
    ctx.font = `${bold ? 700 : 400} ${size}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

/** The screen's view at 1x or 2x: the graph as large as the pane, the words around it. */
export async function screenPng(live: LiveDrawing, caption: Caption, scale: 1 | 2): Promise<Blob> {
  const { width, height } = live.sigma.getDimensions();
  const layout = layoutExport(caption, canvasMeasure(), { width, graphHeight: height });
  const view = screenView(live);
  const graph = await withPixelRatio(scale, () =>
    drawOnCanvas(live.sigma, {
      backgroundColor: BACKGROUND,
      width,
      height,
      cameraState: live.sigma.getCamera().getState(),
      ...(live.lines && { withTempRenderer: async (temp: Sigma) => live.lines?.drawInto(temp) }),
    }),
  );
  return compose(layout, graph, view, scale, { width: layout.width * scale, height: layout.height * scale });
}

/** A preset's picture: exactly its size, the graph framed on the actors shown, labels placed for that frame. */
export async function presetPng(live: LiveDrawing, caption: Caption, preset: SizePreset): Promise<Blob> {
  const layout = layoutExport(caption, canvasMeasure(), layoutSize(preset));
  let view = screenView(live);
  const graph = await withPixelRatio(preset.scale, () =>
    drawOnCanvas(live.sigma, {
      backgroundColor: BACKGROUND,
      width: Math.floor(layout.graph.width),
      height: Math.floor(layout.graph.height),
      withTempRenderer: async (temp: Sigma) => {
        frameShown(temp);
        if (live.lines) live.lines.drawInto(temp);
        else temp.refresh();
        // after the refresh: placing reads the frame's transform
        view = framedView(live, temp);
      },
    }),
  );
  return compose(layout, graph, view, preset.scale, preset);
}

async function compose(
  layout: ExportLayout,
  graph: HTMLCanvasElement,
  view: GraphView,
  scale: number,
  pixels: { width: number; height: number },
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(pixels.width);
  canvas.height = Math.round(pixels.height);
  const ctx = context2d(canvas);
  ctx.scale(scale, scale);
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, layout.width, layout.height);
  paintOps(ctx, layout.ops);
  const { top, width, height } = layout.graph;
  ctx.drawImage(graph, 0, top, width, height);
  // sigma's layers carry neither loops nor labels (loopLayer.ts, labelLayer.ts): drawn here, inside the graph's box
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, top, width, height);
  ctx.clip();
  paintLoops(ctx, view.loops, top);
  paintLabels(ctx, view.sigma, view.labels, top);
  ctx.restore();
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'),
  );
}

/** The labels with the screen's white halo, `dy` px lower (the header above the graph). */
function paintLabels(ctx: CanvasRenderingContext2D, sigma: Sigma, labels: readonly PlacedLabel[], dy: number): void {
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = LABEL_COLOUR;
  for (const l of labels) {
    ctx.font = `${sigma.getSetting('labelWeight')} ${l.height - 4}px ${sigma.getSetting('labelFont')}`;
    ctx.strokeText(l.text, l.x, dy + l.y + l.height / 2);
    ctx.fillText(l.text, l.x, dy + l.y + l.height / 2);
  }
  ctx.textBaseline = 'alphabetic';
}

function paintOps(ctx: CanvasRenderingContext2D, ops: readonly LayoutOp[]): void {
  for (const op of ops) {
    ctx.fillStyle = op.colour;
    if (op.kind === 'text') {
      ctx.font = `${op.bold ? 700 : 400} ${op.size}px ${FONT_FAMILY}`;
      ctx.fillText(op.text, op.x, op.y);
      continue;
    }
    const { disc, bars } = swatchShapes(op);
    if (disc) {
      ctx.beginPath();
      ctx.arc(disc.cx, disc.cy, disc.r, 0, Math.PI * 2);
      ctx.fill();
    }
    for (const b of bars) ctx.fillRect(b.x, b.y, b.width, b.height);
  }
}
