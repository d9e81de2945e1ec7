// How large an actor's disc is on screen, as a share of the pane: the one rule
// the renderer draws with and the layout spaces actors by, so that a layout
// without overlaps stays without overlaps once the graph is fitted to any pane.
// Sizes follow the number of actors (thirty actors get large discs, two
// thousand get small ones) and never let a hub cover the pane.

export interface DiscScale {
  /** radius of the least connected actor, as a share of the pane's shorter side */
  min: number;
  /** radius of the most connected actor, as a share of the pane's shorter side */
  max: number;
}

/** The largest disc never exceeds this share of the pane's shorter side. */
export const MAX_RADIUS_SHARE = 0.04;
const MIN_RADIUS_SHARE = 0.012;

/**
 * Radii for a graph of `actors` actors: an actor spread evenly over a square
 * pane would have about 1/√n of its side to itself; discs take a fraction of that.
 */
export function discScale(actors: number): DiscScale {
  const spacing = 1 / Math.sqrt(Math.max(1, actors));
  return {
    min: Math.min(MIN_RADIUS_SHARE, 0.09 * spacing),
    // hubs stand out: up to about seven times the least connected in a large graph
    max: Math.min(MAX_RADIUS_SHARE, 0.6 * spacing),
  };
}

/**
 * The radius share of an actor with `degree` relations when the best connected
 * has `maxDegree`: by √degree, so area follows degree.
 */
export function discShare(scale: DiscScale, degree: number, maxDegree: number): number {
  const t = maxDegree > 0 ? Math.sqrt(Math.min(degree, maxDegree) / maxDegree) : 0;
  return scale.min + (scale.max - scale.min) * t;
}
