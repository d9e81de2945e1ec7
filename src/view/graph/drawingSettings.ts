// How the graph is drawn, in one typed object with documented defaults (as
// sigma's own settings.ts does): sizes, labels, thresholds and timings. The
// renderer and its reducers read only this.

import { discScale, discShare } from '../../model/discSize';

export interface DrawingSettings {
  /**
   * Above this many lines, hover dimming and edge labels cost a full pass per frame: they are left out; and
   * sigma no longer draws the lines: our own layer does (bulkLineLayer.ts), straight and without arrowheads.
   */
  largeGraphEdges: number;
  /** Up to this many lines, parallel lines between a pair are curved apart; above, curves cost too much to draw. */
  curvedEdges: number;
  /** Discs never smaller than this radius (px), whatever the count of actors. */
  minRadius: number;
  /** Edge thickness by visible relations n: 1 + perRelation·√(n − 1), at most `edgeToDisc` of the smallest disc. */
  edgePerRelation: number;
  edgeToDisc: number;
  /** Up to this many lines, a contested line also carries its word ("denied") beside its dashes. */
  markedEdgeLabels: number;
  /** Above this many lines, lines are drawn see-through so that crossings do not merge into a blot. */
  opaqueEdges: number;
  /** Added to the thickness of the selected line, and of a line on a shown path. */
  selectedEdgeExtra: number;
  pathEdgeExtra: number;
  /** Thickness of the lines of a comparison: flipped, new, gone, kept. */
  diffEdgeSizes: { flipped: number; new: number; gone: number; kept: number };
  labelFont: string;
  /** in px; 11 px in panes under 450 px */
  labelSize: number;
  labelWeight: string;
  edgeLabelSize: number;
  edgeLabelColour: string;
  /** Room around the graph when it is fitted to its pane, in px. */
  stagePadding: number;
  /** Arrowheads into resized actors are repainted once the steps rest this long (ms). */
  arrowRepaintDelay: number;
  /** The camera is reported (for links) once it rests this long (ms). */
  cameraRestDelay: number;
  /** Revealing a searched actor: the zoom ratio and the animation (ms). */
  revealRatio: number;
  revealDuration: number;
  /** Fitting the camera to what is shown: the animation (ms). */
  fitDuration: number;
  /** After a lost WebGL context, the longest wait for the browser to restore it before drawing afresh (ms). */
  contextRestoreWait: number;
}

export const DEFAULT_DRAWING: DrawingSettings = {
  largeGraphEdges: 20_000,
  curvedEdges: 5_000,
  minRadius: 2,
  edgePerRelation: 1.2,
  edgeToDisc: 0.8,
  opaqueEdges: 400,
  markedEdgeLabels: 400,
  selectedEdgeExtra: 2,
  pathEdgeExtra: 2.5,
  diffEdgeSizes: { flipped: 4, new: 3, gone: 2, kept: 0.8 },
  labelFont: 'system-ui, sans-serif',
  labelSize: 13,
  labelWeight: '600',
  edgeLabelSize: 11,
  edgeLabelColour: '#3c4043',
  stagePadding: 16,
  arrowRepaintDelay: 120,
  cameraRestDelay: 150,
  revealRatio: 0.6,
  revealDuration: 400,
  fitDuration: 300,
  contextRestoreWait: 1500,
};

/**
 * Disc radii in screen pixels for one pane (model/discSize.ts gives them as
 * shares of the pane, the same rule the layout spaced actors by).
 */
export interface DiscSizer {
  /** radius of the least and the most connected actor, px */
  readonly min: number;
  readonly max: number;
  /** the best connected actor's degree, over the whole dataset: sizes do not jump as filters change */
  readonly maxDegree: number;
  /** the thickest line, px */
  readonly maxEdge: number;
}

export function discSizer(
  settings: DrawingSettings,
  actors: number,
  maxDegree: number,
  width: number,
  height: number,
): DiscSizer {
  const side = Math.max(1, Math.min(width, height));
  const scale = discScale(actors);
  const min = Math.max(settings.minRadius, scale.min * side);
  const max = Math.max(min, scale.max * side);
  return { min, max, maxDegree, maxEdge: Math.max(1, settings.edgeToDisc * min) };
}

/** How opaque lines are: see-through above `opaqueEdges` groups, so crossings do not merge into a blot. */
export function edgeAlpha(settings: DrawingSettings, groups: number): number {
  return Math.max(0.25, Math.min(1, Math.sqrt(settings.opaqueEdges / Math.max(1, groups))));
}

/** Node radius by degree, in half pixels, so small degree changes rarely change what is drawn. */
export function nodeSize(sizer: DiscSizer, degree: number): number {
  const share = discShare({ min: sizer.min, max: sizer.max }, degree, sizer.maxDegree);
  return Math.round(share * 2) / 2;
}

/** Node radius by a measure in 0..1 (betweenness ...), by its square root as degree is. */
export function measureSize(sizer: DiscSizer, measure: number): number {
  return sizer.min + (sizer.max - sizer.min) * Math.sqrt(Math.max(0, Math.min(1, measure)));
}

export function edgeSize(settings: DrawingSettings, sizer: DiscSizer, count: number): number {
  // a line with one relation is a little thicker where discs are large (few actors), a hairline where they are small
  const base = Math.max(1, Math.min(2, 0.3 * sizer.min));
  return Math.min(Math.max(base, sizer.maxEdge), base + settings.edgePerRelation * Math.sqrt(count - 1));
}

/** The label size for a pane: smaller in an embed at 400x300. */
export function labelSize(settings: DrawingSettings, width: number, height: number): number {
  return Math.min(width, height) < 450 ? Math.min(11, settings.labelSize) : settings.labelSize;
}
