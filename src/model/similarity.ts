// The similarity (turn, uniform scale and shift, no shear) that carries one set
// of points onto another: how a file's own positions for some actors are placed
// onto a computed layout, and brought back.

import type { Position } from './layout';

/**
 * The map p -> s·R(θ)·(p − from's centroid) + to's centroid, with the turn θ of
 * least squares (2D Procrustes) and the scale s that gives both sets the same
 * spread: the least-squares scale would shrink `from` towards a point when the
 * two sets barely agree. Exact when `to` is a similar copy of `from`. With one
 * point, or all on one spot, it only shifts.
 */
export function fitSimilarity(from: readonly Position[], to: readonly Position[]): (p: Position) => Position {
  const n = Math.min(from.length, to.length);
  const centroid = (points: readonly Position[]) => {
    let x = 0;
    let y = 0;
    for (let k = 0; k < n; k++) {
      x += points[k].x;
      y += points[k].y;
    }
    return { x: x / Math.max(1, n), y: y / Math.max(1, n) };
  };
  const f = centroid(from);
  const t = centroid(to);
  // a = Σ p·q, b = Σ p×q over centred points: the best turn is atan2(b, a)
  let a = 0;
  let b = 0;
  let spreadFrom = 0;
  let spreadTo = 0;
  for (let k = 0; k < n; k++) {
    const px = from[k].x - f.x;
    const py = from[k].y - f.y;
    const qx = to[k].x - t.x;
    const qy = to[k].y - t.y;
    a += px * qx + py * qy;
    b += px * qy - py * qx;
    spreadFrom += px * px + py * py;
    spreadTo += qx * qx + qy * qy;
  }
  const length = Math.hypot(a, b);
  const scale = spreadFrom > 0 && spreadTo > 0 ? Math.sqrt(spreadTo / spreadFrom) : 1;
  const [cos, sin] = length > 0 ? [(scale * a) / length, (scale * b) / length] : [scale, 0];
  return (p) => {
    const px = p.x - f.x;
    const py = p.y - f.y;
    return { x: t.x + cos * px - sin * py, y: t.y + sin * px + cos * py };
  };
}
