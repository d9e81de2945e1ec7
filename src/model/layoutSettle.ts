// The final layout, from the seeded start: ForceAtlas2, then the discs moved
// apart (DESIGN.md, "Layout"). Its work is bounded: a large graph gets fewer
// iterations, none at all above a size, and a linear spacing, so 200,000
// actors are laid out in seconds rather than minutes.

import type { UndirectedGraph } from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { spaceDiscs } from './discSpacing';
import { spreadDiscs } from './gridSpacing';
import type { Position } from './layout';
import { fitSimilarity } from './similarity';
import type { Actor } from './types';

/** ForceAtlas2 iterations and Noverlap rounds up to this many actors; fewer above, so a large dataset still opens in seconds. */
const FULL_WORK_UP_TO = 2000;
/** From a start by community, LinLog settles in a hundred iterations; more only blur communities (DESIGN.md, "Layout"). */
const ITERATIONS = 100;
/** Iterations a graph gets at least, while they fit in the budget. */
const FEWER_ITERATIONS = 30;
/**
 * ForceAtlas2 work at most, in actors × iterations: 30 iterations up to 6,667 actors (a Barnes-Hut
 * iteration costs some 15-30 µs an actor: 3-5 s there). Above, none run and the pair graph is never
 * built: the community start, spaced, is the final layout. A few iterations would cost seconds and
 * make it worse: from the start, the mean tie length within a community over that across went from
 * 0.13 to 0.24 with 3 iterations and 0.31 with 10 (20,000 generated actors; 0.27 with 33 at 6,000).
 */
export const FORCE_BUDGET = 200_000;
const SPACING_ROUNDS = 200;
/** Actors above which discs are spaced on a grid (gridSpacing.ts): Noverlap rounds cost seconds there. */
export const GRID_SPACING_ABOVE = FULL_WORK_UP_TO;

/**
 * Tuned on generated event data, arctic.gexf and the bundled dataset (DESIGN.md,
 * "Layout"). LinLog attraction pulls communities into groups apart from each
 * other; plain, weak gravity (not the strong kind forceAtlas2.inferSettings
 * picks) lets them stand apart; a low scaling ratio and no slow-down settle them
 * within the iterations; Barnes-Hut above 500 actors.
 */
export function settingsFor(order: number): ForceAtlas2Settings {
  return {
    linLogMode: true,
    strongGravityMode: false,
    gravity: 0.5,
    scalingRatio: 1,
    slowDown: 1,
    barnesHutOptimize: order > 500,
  };
}

/** ForceAtlas2 iterations of the final layout of `n` actors: 100, fewer above 2,000 actors, none above 6,666. */
export function forceIterations(n: number): number {
  const share = Math.min(1, FULL_WORK_UP_TO / Math.max(1, n));
  const iterations = Math.max(FEWER_ITERATIONS, Math.round(ITERATIONS * share));
  // the schedule before this budget, kept as long as its fewest iterations fit in it
  return FEWER_ITERATIONS * n <= FORCE_BUDGET ? iterations : 0;
}

/** What beginLayout made: the start (untouched), the pair graph when first asked (holding the start), and the discs. */
export interface SettleInput {
  readonly start: Float64Array;
  readonly graph: () => UndirectedGraph;
  readonly curated: readonly boolean[];
  readonly radii: Float64Array;
  readonly rng: () => number;
}

/** The graph's positions (nodes keyed by ordinal) into `xy`. */
function readPositions(graph: UndirectedGraph, xy: Float64Array): void {
  for (let k = 0; k < xy.length / 2; k++) {
    const p = graph.getNodeAttributes(String(k)) as Position;
    xy[2 * k] = p.x;
    xy[2 * k + 1] = p.y;
  }
}

/** ForceAtlas2 from the start (the graph's positions move), then the spacing: the rest of the layout. */
export function settle(actors: readonly Actor[], input: SettleInput, iterationsAsked?: number): Float64Array {
  const { curated, radii, rng } = input;
  const n = actors.length;
  const iterations = iterationsAsked ?? forceIterations(n);
  const settings = settingsFor(n);
  const anyCurated = curated.some(Boolean);
  const xy = input.start.slice();
  // with positions from the file this first run only finds where to fit them: half the work
  const first = anyCurated ? Math.ceil(iterations / 2) : iterations;
  if (first > 0) {
    forceAtlas2.assign(input.graph(), { iterations: first, getEdgeWeight: 'weight', settings });
    readPositions(input.graph(), xy);
  }

  const pinned = actors.flatMap((_, k) => (curated[k] ? [k] : []));
  const own = pinned.map((k) => ({ x: actors[k].x as number, y: actors[k].y as number }));
  if (anyCurated) {
    // the file's positions are in units and a turn of their own: fitted onto where the free layout put
    // the same actors, then held fixed while the others settle around them
    const place = fitSimilarity(
      own,
      pinned.map((k) => ({ x: xy[2 * k], y: xy[2 * k + 1] })),
    );
    pinned.forEach((k, i) => {
      const p = place(own[i]);
      [xy[2 * k], xy[2 * k + 1]] = [p.x, p.y];
      if (iterations > 0) input.graph().mergeNodeAttributes(String(k), { ...p, fixed: true });
    });
    if (iterations > 0) {
      forceAtlas2.assign(input.graph(), { iterations, getEdgeWeight: 'weight', settings });
      readPositions(input.graph(), xy);
    }
  }

  const fixed = anyCurated ? Uint8Array.from(curated, Number) : undefined;
  if (n > GRID_SPACING_ABOVE) spreadDiscs(xy, radii, rng, { fixed });
  else {
    const share = Math.min(1, FULL_WORK_UP_TO / Math.max(1, n));
    spaceDiscs(xy, radii, rng, { fixed, rounds: Math.max(10, Math.round(SPACING_ROUNDS * share)) });
  }
  if (!anyCurated) return xy;
  // back to the file's units: the held actors moved together by one similarity, which the fit undoes exactly
  const at = (k: number): Position => ({ x: xy[2 * k], y: xy[2 * k + 1] });
  const back = fitSimilarity(
    pinned.map((k) => at(k)),
    own,
  );
  const out = new Float64Array(2 * n);
  actors.forEach((a, k) => {
    const p = curated[k] ? { x: a.x as number, y: a.y as number } : back(at(k));
    out[2 * k] = p.x;
    out[2 * k + 1] = p.y;
  });
  return out;
}
