// Unbalanced triads: three actors tied to one another with an odd number of
// hostile ties ("the enemy of my enemy is still my enemy", or "my two friends
// fight"). Balance theory says such triangles are unstable; they point at the
// contradictions of the picture. Only signed ties count.

import { tieNet, tieSign, type TieList } from './signedTies';

export interface Triad {
  /** the three actors, in ascending order */
  readonly actors: readonly [number, number, number];
  /** the ties a-b, a-c and b-c */
  readonly ties: readonly [number, number, number];
  /** hostile ties among the three: 1 or 3 */
  readonly hostile: number;
  /** summed |net weight| of the three ties, the ranking */
  readonly weight: number;
}

export interface UnbalancedTriads {
  /** all unbalanced triads found */
  readonly count: number;
  /** the heaviest, at most `limit` */
  readonly top: Triad[];
  /** all triangles of signed ties, balanced or not */
  readonly triangles: number;
}

/**
 * Lists unbalanced triangles. Each triangle is found once by orienting ties from
 * the lower-ranked actor (by degree, then ordinal) to the higher: O(ties^1.5).
 */
export function unbalancedTriads(ties: TieList, limit = 100): UnbalancedTriads {
  const n = ties.actorCount;
  const degree = new Int32Array(n);
  const signed: number[] = [];
  for (let t = 0; t < ties.count; t++) {
    if (tieSign(ties, t) === 0) continue;
    signed.push(t);
    degree[ties.a[t]]++;
    degree[ties.b[t]]++;
  }
  const lower = (x: number, y: number) => degree[x] < degree[y] || (degree[x] === degree[y] && x < y);
  // out-neighbours of each actor, to higher-ranked actors only
  const outStart = new Int32Array(n + 1);
  for (const t of signed) outStart[(lower(ties.a[t], ties.b[t]) ? ties.a[t] : ties.b[t]) + 1]++;
  for (let v = 0; v < n; v++) outStart[v + 1] += outStart[v];
  const fill = outStart.slice(0, n);
  const outTo = new Int32Array(signed.length);
  const outTie = new Int32Array(signed.length);
  for (const t of signed) {
    const from = lower(ties.a[t], ties.b[t]) ? ties.a[t] : ties.b[t];
    outTo[fill[from]] = from === ties.a[t] ? ties.b[t] : ties.a[t];
    outTie[fill[from]++] = t;
  }

  const markTie = new Int32Array(n).fill(-1);
  const markOwner = new Int32Array(n).fill(-1);
  let top: Triad[] = [];
  let count = 0;
  let triangles = 0;
  const byWeight = (p: Triad, q: Triad) =>
    q.weight - p.weight || p.actors[0] - q.actors[0] || p.actors[1] - q.actors[1] || p.actors[2] - q.actors[2];
  for (let u = 0; u < n; u++) {
    for (let e = outStart[u]; e < outStart[u + 1]; e++) {
      markOwner[outTo[e]] = u;
      markTie[outTo[e]] = outTie[e];
    }
    for (let e = outStart[u]; e < outStart[u + 1]; e++) {
      const v = outTo[e];
      for (let f = outStart[v]; f < outStart[v + 1]; f++) {
        const w = outTo[f];
        if (markOwner[w] !== u) continue;
        triangles++;
        const tuv = outTie[e];
        const tvw = outTie[f];
        const tuw = markTie[w];
        const hostile =
          (tieSign(ties, tuv) < 0 ? 1 : 0) + (tieSign(ties, tvw) < 0 ? 1 : 0) + (tieSign(ties, tuw) < 0 ? 1 : 0);
        if (hostile % 2 === 0) continue;
        count++;
        const trio = [u, v, w].sort((p, q) => p - q) as [number, number, number];
        const tieBetween = (x: number, y: number) =>
          (x === u || y === u) && (x === v || y === v) ? tuv : (x === v || y === v) && (x === w || y === w) ? tvw : tuw;
        top.push({
          actors: trio,
          ties: [tieBetween(trio[0], trio[1]), tieBetween(trio[0], trio[2]), tieBetween(trio[1], trio[2])],
          hostile,
          weight: Math.abs(tieNet(ties, tuv)) + Math.abs(tieNet(ties, tvw)) + Math.abs(tieNet(ties, tuw)),
        });
        // keep the list short on dense graphs: trim to the heaviest now and then
        if (top.length >= 4 * limit + 64) top = top.sort(byWeight).slice(0, limit);
      }
    }
  }
  return { count, top: top.sort(byWeight).slice(0, limit), triangles };
}
