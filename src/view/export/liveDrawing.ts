// What an export reads of the live renderer: its sigma, the labels and loops it
// draws after each frame, and a large graph's lines (which sigma does not draw).

import type Sigma from 'sigma';
import type { BulkDrawing } from '../graph/bulkDrawing';
import type { LabelLayer } from '../graph/labelLayer';
import type { PlacedLabel } from '../graph/labelPlacement';
import type { DrawnLoop, LoopLayer } from '../graph/loopLayer';

export interface LiveDrawing {
  sigma: Sigma;
  labels: LabelLayer;
  loops: LoopLayer;
  lines: BulkDrawing | null;
}

/** The graph part of a picture: a sigma (the live one, or one framed for a preset) and what our layers add to it. */
export interface GraphView {
  sigma: Sigma;
  /** the labels shown, in this sigma's viewport px */
  labels: readonly PlacedLabel[];
  /** self-loops, in this sigma's viewport px */
  loops: readonly DrawnLoop[];
  lines: BulkDrawing | null;
}

/** The screen's own view: its camera, its labels and loops as drawn in the last frame. */
export function screenView(live: LiveDrawing): GraphView {
  return { sigma: live.sigma, labels: live.labels.placed, loops: live.loops.drawn, lines: live.lines };
}

/** A framed sigma's view: labels and loops placed for its size and camera (call after it has drawn). */
export function framedView(live: LiveDrawing, framed: Sigma): GraphView {
  return { sigma: framed, labels: live.labels.placeIn(framed), loops: live.loops.loopsIn(framed), lines: live.lines };
}
