// Moving discs apart so that none covers another, with graphology's Noverlap.
// The renderer fits the box of the centres to the pane and draws each disc at a
// share of the pane (discSize.ts), so the check is made in a box of side 1 with
// radii as shares of it. Noverlap pushes discs outwards and the box grows, which
// shrinks every gap once the box is brought back to side 1: hence rounds of
// Noverlap and renormalising until the normalised layout has no overlap.

import { UndirectedGraph } from 'graphology';
import noverlap from 'graphology-layout-noverlap';

/** Noverlap works in fixed steps (about 0.3 + 0.3 × radius a collision): scaled so the smallest disc has this radius. */
const SMALLEST_RADIUS = 3;
/** Gap kept on each side of a disc, in the same units: room for the box to grow before gaps close. */
const MARGIN = 0.5;
/** Rounds without fewer overlaps after which spacing gives up. */
const STALL_ROUNDS = 20;

/** Scales and shifts `xy` (x, y of item k at [2k], [2k + 1]) so the centres' box has its longer side 1 from 0, 0. */
export function normaliseToUnit(xy: Float64Array): void {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let k = 0; k < xy.length; k += 2) {
    x0 = Math.min(x0, xy[k]);
    x1 = Math.max(x1, xy[k]);
    y0 = Math.min(y0, xy[k + 1]);
    y1 = Math.max(y1, xy[k + 1]);
  }
  const side = Math.max(x1 - x0, y1 - y0);
  const scale = side > 0 ? 1 / side : 1;
  for (let k = 0; k < xy.length; k += 2) {
    xy[k] = (xy[k] - x0) * scale;
    xy[k + 1] = (xy[k + 1] - y0) * scale;
  }
}

/** Calls `visit(i, j, distance)` for each pair of items closer than the sum of their radii plus `gap`. */
export function forEachCloserPair(
  xy: Float64Array,
  radius: Float64Array,
  gap: number,
  visit: (i: number, j: number, distance: number) => void,
): void {
  const n = radius.length;
  let largest = 0;
  for (const r of radius) largest = Math.max(largest, r);
  // a sweep along x: a close pair is never further apart in x than its two radii and the gap
  const byX = Int32Array.from({ length: n }, (_, k) => k).sort((a, b) => xy[2 * a] - xy[2 * b]);
  for (let s = 0; s < n; s++) {
    const i = byX[s];
    const reach = radius[i] + largest + gap;
    for (let t = s + 1; t < n; t++) {
      const j = byX[t];
      if (xy[2 * j] - xy[2 * i] >= reach) break;
      const d = Math.hypot(xy[2 * j] - xy[2 * i], xy[2 * j + 1] - xy[2 * i + 1]);
      if (d < radius[i] + radius[j] + gap) visit(Math.min(i, j), Math.max(i, j), d);
    }
  }
}

/** The number of pairs of discs that overlap, leaving out pairs where both are `fixed`. */
export function countOverlaps(xy: Float64Array, radius: Float64Array, fixed?: Uint8Array): number {
  let count = 0;
  forEachCloserPair(xy, radius, 0, (i, j) => {
    if (!(fixed?.[i] && fixed[j])) count++;
  });
  return count;
}

export interface SpacingOptions {
  /** items that keep their place relative to each other (curated positions); Noverlap moves only the others */
  fixed?: Uint8Array;
  /** rounds of Noverlap and renormalising at most (200: a few dozen settle 2,000 actors) */
  rounds?: number;
  /** Noverlap iterations per round: short rounds, since each new order unwedges discs */
  iterations?: number;
}

/**
 * Normalises `xy` to a box of side 1 and moves discs of `radius` (shares of that
 * side) apart until none overlaps or the rounds run out; returns the overlaps left
 * (two fixed discs may overlap: they are not counted).
 * `rng` settles discs that sit on the very same spot, which Noverlap would part
 * with Math.random, so the result is the same run after run.
 */
export function spaceDiscs(
  xy: Float64Array,
  radius: Float64Array,
  rng: () => number,
  { fixed, rounds = 200, iterations = 5 }: SpacingOptions = {},
): number {
  const n = radius.length;
  normaliseToUnit(xy);
  if (n < 2) return 0;
  let smallest = Infinity;
  for (const r of radius) smallest = Math.min(smallest, r);
  const unit = SMALLEST_RADIUS / Math.max(smallest, 1e-9);
  const order = Array.from({ length: n }, (_, k) => k);
  const settings = {
    margin: MARGIN,
    ratio: 1,
    speed: 3,
    expansion: 1.1,
    gridSize: Math.max(20, Math.ceil(1.3 * Math.sqrt(n))),
  };

  // a disc held between fixed ones cannot get out: stop once the overlaps stop falling
  let fewest = Infinity;
  let fewestRound = 0;
  for (let round = 0; round < rounds && round - fewestRound <= STALL_ROUNDS; round++) {
    let colliding = 0;
    forEachCloserPair(xy, radius, 0, (i, j, d) => {
      // curated positions may overlap each other: theirs to keep
      if (fixed?.[i] && fixed[j]) return;
      colliding++;
      // two centres on one spot (Noverlap rounds to 32 bits, then parts them with Math.random): part them here, seeded
      if (d * unit < 1e-2) {
        const angle = rng() * 2 * Math.PI;
        xy[2 * j] += (Math.cos(angle) * smallest) / 10;
        xy[2 * j + 1] += (Math.sin(angle) * smallest) / 10;
      }
    });
    if (colliding === 0) return 0;
    if (colliding < fewest) [fewest, fewestRound] = [colliding, round];
    // Noverlap reads nodes in insertion order and, of two colliding nodes, moves only the later, so a
    // disc wedged between two earlier ones never moves: a new seeded order each round, fixed ones first
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    if (fixed) order.sort((a, b) => fixed[b] - fixed[a]);
    const graph = new UndirectedGraph();
    for (const k of order)
      graph.addNode(String(k), { x: xy[2 * k] * unit, y: xy[2 * k + 1] * unit, size: radius[k] * unit });
    noverlap.assign(graph, { maxIterations: iterations, settings });
    graph.forEachNode((key, attr) => {
      const k = Number(key);
      if (fixed?.[k]) return;
      xy[2 * k] = (attr.x as number) / unit;
      xy[2 * k + 1] = (attr.y as number) / unit;
    });
    normaliseToUnit(xy);
  }
  return countOverlaps(xy, radius, fixed);
}
