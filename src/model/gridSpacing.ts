// Moving discs apart on a large graph, where Noverlap (discSpacing.ts) costs
// seconds a round: a uniform grid finds the close pairs in linear time, and each
// round pushes every overlapping pair apart along the line of their centres. The
// discs of a large graph cover a few per cent of the box (discSize.ts shrinks
// them as 1/√n), so a few rounds part them where they sit.

import { normaliseToUnit } from './discSpacing';

/** Discs a disc looks at, at most, per round: a pile on one spot costs this much, not quadratic time. */
export const CHECKS_PER_DISC = 256;
/** Gap pushed for between two discs, as a share of the smallest radius: room for the box to be renormalised. */
const GAP_SHARE = 0.3;
/** Pairs are pushed a little further than they lack: fewer rounds, as neighbours push back. */
const PUSH = 1.2;
/** Rounds without fewer overlaps after which spacing gives up. */
const STALL_ROUNDS = 10;

export interface GridSpacingOptions {
  /** items that keep their place relative to each other (curated positions); only the others move */
  fixed?: Uint8Array;
  /** rounds at most */
  rounds?: number;
}

/** The grid's cell, from the radii, and its arrays, reused round after round. */
interface Grid {
  readonly common: number;
  readonly largest: number;
  readonly cell: number;
  readonly cols: number;
  readonly cellOf: Int32Array;
  readonly start: Int32Array;
  readonly items: Int32Array;
  readonly fill: Int32Array;
  /** 1 for a disc larger than the common one */
  readonly big: Uint8Array;
}

function gridFor(radius: Float64Array, gap: number): Grid {
  const n = radius.length;
  const sorted = Float64Array.from(radius).sort();
  const common = sorted[Math.floor(0.9 * (n - 1))];
  // at most some 2n cells, however small the discs
  const cell = Math.max(2 * common + gap, 1 / Math.sqrt(2 * n), 1e-9);
  const cols = Math.floor(1 / cell) + 1;
  const cellOf = new Int32Array(n);
  const start = new Int32Array(cols * cols + 1);
  // allocated once: a new buffer each round makes V8 collect the whole heap (the dataset's too) as often
  const fill = new Int32Array(cols * cols);
  const big = Uint8Array.from(radius, (r) => (r > common ? 1 : 0));
  return { common, largest: sorted[n - 1], cell, cols, cellOf, start, items: new Int32Array(n), fill, big };
}

/**
 * Calls `visit` once for each pair of discs closer than their radii and `gap`: centres in a
 * grid whose cell holds a common disc (the 90th percentile of radii) twice, so a common disc
 * looks at the 3 × 3 cells around its own, and a larger one (a hub) as many rings as its reach.
 */
export function closePairs(
  xy: Float64Array,
  radius: Float64Array,
  gap: number,
  visit: (i: number, j: number, dx: number, dy: number, d: number) => void,
  grid: Grid = gridFor(radius, gap),
): void {
  const n = radius.length;
  const { largest, cell, cols, cellOf, start, items, fill } = grid;
  start.fill(0);
  for (let k = 0; k < n; k++) {
    const cx = Math.min(cols - 1, Math.max(0, Math.floor(xy[2 * k] / cell)));
    const cy = Math.min(cols - 1, Math.max(0, Math.floor(xy[2 * k + 1] / cell)));
    cellOf[k] = cy * cols + cx;
    start[cellOf[k] + 1]++;
  }
  for (let c = 0; c < cols * cols; c++) start[c + 1] += start[c];
  fill.set(start.subarray(0, cols * cols));
  for (let k = 0; k < n; k++) items[fill[cellOf[k]]++] = k;
  const big = grid.big;
  // cell by cell, so that neighbouring cells are read while still in cache
  for (let at = 0; at < n; at++) {
    const i = items[at];
    const cx = cellOf[i] % cols;
    const cy = (cellOf[i] - cx) / cols;
    // a common disc meets any common one within a cell; a big one reaches further, and sees its pairs itself
    const ring = big[i] ? Math.ceil((radius[i] + largest + gap) / cell) : 1;
    let checks = 0;
    for (let y = Math.max(0, cy - ring); y <= Math.min(cols - 1, cy + ring) && checks < CHECKS_PER_DISC; y++) {
      for (let x = Math.max(0, cx - ring); x <= Math.min(cols - 1, cx + ring) && checks < CHECKS_PER_DISC; x++) {
        const c = y * cols + x;
        for (let s = start[c]; s < start[c + 1] && checks < CHECKS_PER_DISC; s++) {
          const j = items[s];
          checks++;
          // each pair once: from its big end, or from its lower index when both ends are alike
          if (j === i || (big[j] !== big[i] ? !big[i] : j < i)) continue;
          const dx = xy[2 * j] - xy[2 * i];
          const dy = xy[2 * j + 1] - xy[2 * i + 1];
          const reach = radius[i] + radius[j] + gap;
          // squares first: Math.hypot costs more than the rest of the test
          if (dx * dx + dy * dy < reach * reach) visit(i, j, dx, dy, Math.sqrt(dx * dx + dy * dy));
        }
      }
    }
  }
}

/**
 * Normalises `xy` to a box of side 1 and pushes discs of `radius` (shares of that
 * side) apart until none overlaps, the overlaps stop falling or the rounds run out;
 * returns the overlaps the last check found (two fixed discs are not counted).
 * Linear per round. `rng` parts discs on the very same spot, so the result is the
 * same run after run.
 */
export function spreadDiscs(
  xy: Float64Array,
  radius: Float64Array,
  rng: () => number,
  { fixed, rounds = 60 }: GridSpacingOptions = {},
): number {
  const n = radius.length;
  normaliseToUnit(xy);
  if (n < 2) return 0;
  let smallest = Infinity;
  for (const r of radius) smallest = Math.min(smallest, r);
  const gap = smallest * GAP_SHARE;
  const shift = new Float64Array(2 * n);
  const grid = gridFor(radius, gap);
  let fewest = Infinity;
  let fewestRound = 0;
  let overlaps = 0;
  for (let round = 0; ; round++) {
    overlaps = 0;
    shift.fill(0);
    closePairs(
      xy,
      radius,
      gap,
      (i, j, dx, dy, d) => {
        if (fixed?.[i] && fixed[j]) return;
        if (d < radius[i] + radius[j]) overlaps++;
        // the pair moves apart by what it lacks: half each, or all of it for the end not held
        const want = (radius[i] + radius[j] + gap - d) * PUSH;
        const angle = d > 0 ? 0 : rng() * 2 * Math.PI; // on the very same spot: a seeded direction
        const ux = d > 0 ? dx / d : Math.cos(angle);
        const uy = d > 0 ? dy / d : Math.sin(angle);
        const shareI = fixed?.[i] ? 0 : fixed?.[j] ? 1 : 0.5;
        shift[2 * i] -= ux * want * shareI;
        shift[2 * i + 1] -= uy * want * shareI;
        shift[2 * j] += ux * want * (1 - shareI);
        shift[2 * j + 1] += uy * want * (1 - shareI);
      },
      grid,
    );
    if (overlaps < fewest) [fewest, fewestRound] = [overlaps, round];
    // the count is of the positions as they are: stop before moving them again
    if (overlaps === 0 || round === rounds || round - fewestRound >= STALL_ROUNDS) break;
    for (let k = 0; k < 2 * n; k++) xy[k] += shift[k];
    normaliseToUnit(xy);
  }
  return overlaps;
}
