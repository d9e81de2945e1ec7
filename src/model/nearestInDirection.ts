// Moving through the graph by arrow keys: from a point on the screen, the
// nearest point in a direction. Screen coordinates (y grows downwards), so "up"
// is towards smaller y. A point counts as lying in a direction when it is ahead
// (its distance along the direction is above 0); among those, the points within
// the 90° cone around the direction (no further sideways than ahead) come
// first, and the nearest of them wins; only where the cone is empty does the
// nearest point ahead anywhere in the half-plane win. Ties go to the lower index.

export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Record<Direction, readonly [number, number]> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/** The arrow key's direction, or null for any other key. */
export function directionOfKey(key: string): Direction | null {
  if (key === 'ArrowUp') return 'up';
  if (key === 'ArrowDown') return 'down';
  if (key === 'ArrowLeft') return 'left';
  if (key === 'ArrowRight') return 'right';
  return null;
}

/** How far point (x, y) lies ahead of `from` in `direction`, and how far sideways (never negative). */
export function aheadAndAside(
  x: number,
  y: number,
  from: { x: number; y: number },
  direction: Direction,
): { ahead: number; aside: number } {
  const [dx, dy] = VECTORS[direction];
  const px = x - from.x;
  const py = y - from.y;
  return { ahead: px * dx + py * dy, aside: Math.abs(px * dy - py * dx) };
}

/**
 * The index of the nearest point in `direction` from `from`, -1 when none lies ahead.
 * `xy`: x of point k at [2k], y at [2k + 1]; a point with a coordinate that is not a
 * finite number, and the point `skip` (the one we are on), are never chosen.
 */
export function nearestInDirection(
  xy: ArrayLike<number>,
  from: { x: number; y: number },
  direction: Direction,
  skip = -1,
): number {
  let best = -1;
  let bestInCone = false;
  let bestDistance = Infinity;
  const n = Math.floor(xy.length / 2);
  for (let k = 0; k < n; k++) {
    if (k === skip) continue;
    const x = xy[2 * k];
    const y = xy[2 * k + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const { ahead, aside } = aheadAndAside(x, y, from, direction);
    if (!(ahead > 0)) continue;
    const inCone = aside <= ahead;
    const distance = ahead * ahead + aside * aside;
    // a point in the cone beats any outside it; otherwise the nearer one wins
    if (inCone !== bestInCone ? inCone : distance < bestDistance) {
      best = k;
      bestInCone = inCone;
      bestDistance = distance;
    }
  }
  return best;
}

/** The index of the point nearest (x, y), -1 when there is none (the same rules for unusable points). */
export function nearestToPoint(xy: ArrayLike<number>, x: number, y: number): number {
  let best = -1;
  let bestDistance = Infinity;
  const n = Math.floor(xy.length / 2);
  for (let k = 0; k < n; k++) {
    const px = xy[2 * k];
    const py = xy[2 * k + 1];
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    const distance = (px - x) ** 2 + (py - y) ** 2;
    if (distance < bestDistance) {
      best = k;
      bestDistance = distance;
    }
  }
  return best;
}
