// The SVG files of the Export menu: the screen's view, or a size preset's (its
// graph drawn by a second sigma framed on the actors shown). svgExport.ts writes
// the document; this module needs a live sigma, so tests in Node import that one.

import type { Caption } from './caption';
import { estimateWidth, layoutExport } from './exportLayout';
import { withFramedSigma } from './framing';
import { framedView, screenView, type LiveDrawing } from './liveDrawing';
import { layoutSize, type SizePreset } from './presets';
import { viewToSvg } from './svgExport';

/** The screen's view: its size, camera and labels, the words around it. */
export function screenSvg(live: LiveDrawing, caption: Caption): string {
  const { width, height } = live.sigma.getDimensions();
  const layout = layoutExport(caption, estimateWidth, { width, graphHeight: height });
  return viewToSvg(screenView(live), layout, { title: caption.title });
}

/** A preset's picture: its size (A4 printed as A4), the graph framed on the actors shown, labels placed for it. */
export async function presetSvg(live: LiveDrawing, caption: Caption, preset: SizePreset): Promise<string> {
  const layout = layoutExport(caption, estimateWidth, layoutSize(preset));
  return withFramedSigma(live.sigma, layout.graph, (framed) =>
    viewToSvg(framedView(live, framed), layout, {
      title: caption.title,
      size: preset.print ?? { width: String(preset.width), height: String(preset.height) },
    }),
  );
}
