// How the graph is drawn, in one typed object with documented defaults (as
// sigma's own settings.ts does): sizes, labels, thresholds and timings. The
// renderer and its reducers read only this.

export interface DrawingSettings {
  /** Above this many edges, hover dimming and edge labels cost a full pass per frame: they are left out. */
  largeGraphEdges: number;
  /** Above this many actors, sigma's label grid thins labels out; below it every actor is labelled. */
  manyActors: number;
  /** Node radius by visible degree: (base + perDegree·√degree)·scale, in half pixels. */
  nodeBase: number;
  nodePerDegree: number;
  /** Node radius by an analysis measure m in 0..1 (betweenness ...): (base + perMeasure·√m)·scale. */
  nodePerMeasure: number;
  /** Edge thickness by visible relations n: 1 + perRelation·√(n − 1). */
  edgePerRelation: number;
  /** Added to the thickness of the selected line, and of a line on a shown path. */
  selectedEdgeExtra: number;
  pathEdgeExtra: number;
  /** Thickness of the lines of a comparison: flipped, new, gone, kept. */
  diffEdgeSizes: { flipped: number; new: number; gone: number; kept: number };
  /** The pane size (shorter side, px) below which sizes shrink, and the least they shrink to. */
  smallPane: number;
  minScale: number;
  labelFont: string;
  /** in px at full scale; never below 80% of it */
  labelSize: number;
  labelWeight: string;
  edgeLabelSize: number;
  edgeLabelColour: string;
  /** Room around the graph, in px at full scale. */
  stagePadding: number;
  /** Arrowheads into resized actors are repainted once the steps rest this long (ms). */
  arrowRepaintDelay: number;
  /** The camera is reported (for links) once it rests this long (ms). */
  cameraRestDelay: number;
  /** Revealing a searched actor: the zoom ratio and the animation (ms). */
  revealRatio: number;
  revealDuration: number;
  /** After a lost WebGL context, the longest wait for the browser to restore it before drawing afresh (ms). */
  contextRestoreWait: number;
}

export const DEFAULT_DRAWING: DrawingSettings = {
  largeGraphEdges: 20_000,
  manyActors: 300,
  nodeBase: 5,
  nodePerDegree: 2.2,
  nodePerMeasure: 20,
  edgePerRelation: 1.6,
  selectedEdgeExtra: 2,
  pathEdgeExtra: 2.5,
  diffEdgeSizes: { flipped: 4, new: 3, gone: 2, kept: 0.8 },
  smallPane: 450,
  minScale: 0.45,
  labelFont: 'system-ui, sans-serif',
  labelSize: 13,
  labelWeight: '600',
  edgeLabelSize: 11,
  edgeLabelColour: '#3c4043',
  stagePadding: 40,
  arrowRepaintDelay: 120,
  cameraRestDelay: 150,
  revealRatio: 0.6,
  revealDuration: 400,
  contextRestoreWait: 1500,
};

/** How much sizes shrink in a pane of this size (an embed at 400x300): 1 at full size. */
export function paneScale(settings: DrawingSettings, width: number, height: number): number {
  return Math.max(settings.minScale, Math.min(1, Math.min(width, height) / settings.smallPane));
}

/** Node size by visible degree, in half pixels, so small degree changes rarely change what is drawn. */
export function nodeSize(settings: DrawingSettings, degree: number, scale: number): number {
  return Math.round((settings.nodeBase + settings.nodePerDegree * Math.sqrt(degree)) * scale * 2) / 2;
}

export function edgeSize(settings: DrawingSettings, count: number): number {
  return 1 + settings.edgePerRelation * Math.sqrt(count - 1);
}
