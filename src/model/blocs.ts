// Alliance blocs: split the actors into k camps so that as few ties as possible
// contradict the split (structural balance). A tie is frustrated when it is
// cooperative across two blocs or hostile within one; the frustration is their
// summed |net weight|. Finding the minimum is NP-hard, so this is a heuristic:
// many seeded random starts, each improved by single-actor moves until no move
// lowers the frustration, keeping the best. The seed is fixed, so the same ties
// and k give the same blocs.

import { seededRandom } from './random';
import { tieAdjacency, tieNet, tieSign, type TieList } from './signedTies';

export const MAX_BLOCS = 4;

export interface BlocOptions {
  /** number of blocs, 2 to 4 */
  k: number;
  /** random starts; default: as many as fit a work budget, 8 to 64 */
  starts?: number;
  /** seed of the random starts (default 1), unless `rng` is given */
  seed?: number;
  /** the random source, values in [0, 1) (as graphology's louvain takes one); default: seeded by `seed` */
  rng?: () => number;
}

export interface Frustration {
  /** summed |net weight| of the frustrated ties */
  weight: number;
  count: number;
  /** the frustrated ties, heaviest first */
  ties: Int32Array;
}

export interface Blocs extends Frustration {
  k: number;
  /** per actor: its bloc 0..k-1, or -1 when it has no signed tie (nothing places it) */
  bloc: Int8Array;
  /** actors in each bloc */
  sizes: number[];
  /** summed |net weight| and number of all signed ties: what a split could explain */
  totalWeight: number;
  totalCount: number;
}

/** The frustrated ties of a given split (actors at -1 frustrate nothing). */
export function frustrationOf(ties: TieList, bloc: Int8Array): Frustration {
  const frustrated: number[] = [];
  let weight = 0;
  // Stryker disable next-line EqualityOperator: a pass at t = count reads undefined ends and a NaN net (sign 0), so it frustrates nothing
  for (let t = 0; t < ties.count; t++) {
    const x = bloc[ties.a[t]];
    const y = bloc[ties.b[t]];
    if (x < 0 || y < 0) continue;
    const sign = tieSign(ties, t);
    if ((sign > 0 && x !== y) || (sign < 0 && x === y)) {
      frustrated.push(t);
      weight += Math.abs(tieNet(ties, t));
    }
  }
  const list = Int32Array.from(frustrated);
  list.sort((p, q) => Math.abs(tieNet(ties, q)) - Math.abs(tieNet(ties, p)) || p - q);
  return { weight, count: list.length, ties: list };
}

/** Renumbers blocs in order of their lowest actor, so equal splits read the same. */
function canonical(bloc: Int8Array, k: number): Int8Array {
  const map = new Int8Array(k).fill(-1);
  let next = 0;
  const out = new Int8Array(bloc.length).fill(-1);
  // Stryker disable next-line EqualityOperator: a pass at v = length reads an undefined bloc (not < 0, no map entry) and writes past the end, which is ignored
  for (let v = 0; v < bloc.length; v++) {
    const b = bloc[v];
    if (b < 0) continue;
    if (map[b] < 0) map[b] = next++;
    out[v] = map[b];
  }
  return out;
}

/** Splits the actors with signed ties into k blocs of least frustration (see above). */
export function allianceBlocs(ties: TieList, options: BlocOptions): Blocs {
  const k = Math.max(2, Math.min(MAX_BLOCS, Math.floor(options.k)));
  const n = ties.actorCount;
  // signed ties only: a neutral tie says nothing about camps
  const net = new Float64Array(ties.count);
  for (let t = 0; t < ties.count; t++) net[t] = tieSign(ties, t) === 0 ? 0 : tieNet(ties, t);
  const adj = tieAdjacency(ties, (t) => net[t] !== 0);
  const placed: number[] = [];
  for (let v = 0; v < n; v++) if (adj.adjStart[v + 1] > adj.adjStart[v]) placed.push(v);
  let totalWeight = 0;
  let totalCount = 0;
  for (let t = 0; t < ties.count; t++) {
    if (net[t] === 0) continue;
    totalWeight += Math.abs(net[t]);
    totalCount++;
  }

  // fewer starts on larger graphs: each start sweeps every tie several times, and the whole
  // run stays under a second on the 200,000-relation benchmark (npm run bench:analysis)
  const starts = options.starts ?? Math.max(8, Math.min(64, Math.floor(4e6 / (2 * ties.count + n + 1))));
  const rng = options.rng ?? seededRandom(options.seed ?? 1);
  const bloc = new Int8Array(n).fill(-1);
  const cost = new Float64Array(k);
  const order = Int32Array.from(placed);
  let best: Int8Array | null = null;
  let bestWeight = Infinity;

  for (let s = 0; s < starts; s++) {
    for (const v of placed) bloc[v] = Math.floor(rng() * k);
    // visit actors in a fresh random order each start (Fisher-Yates)
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    for (let sweep = 0, moved = true; moved && sweep < 200; sweep++) {
      moved = false;
      // Stryker disable next-line EqualityOperator: a visit at i = length has an undefined actor: no ties, no bloc, no move
      for (let i = 0; i < order.length; i++) {
        const v = order[i];
        // cost[c]: frustration of v's ties if v sat in bloc c, less a constant (its
        // cooperative weight): a cooperative tie into c saves w, a hostile one costs |w|
        cost.fill(0);
        for (let e = adj.adjStart[v]; e < adj.adjStart[v + 1]; e++) cost[bloc[adj.other[e]]] -= net[adj.tieOf[e]];
        const here = bloc[v];
        let target = here;
        for (let c = 0; c < k; c++) if (cost[c] < cost[target] - 1e-12) target = c;
        if (target !== here) {
          bloc[v] = target;
          moved = true;
        }
      }
    }
    let weight = 0;
    // Stryker disable next-line EqualityOperator: a pass at t = count reads an undefined net, neither > 0 nor < 0, so it adds nothing
    for (let t = 0; t < ties.count; t++) {
      const w = net[t];
      const same = bloc[ties.a[t]] === bloc[ties.b[t]];
      if ((w > 0 && !same) || (w < 0 && same)) weight += Math.abs(w);
    }
    if (weight < bestWeight - 1e-12) {
      bestWeight = weight;
      best = canonical(bloc, k);
    }
  }
  const result = best ?? new Int8Array(n).fill(-1);
  const sizes = new Array<number>(k).fill(0);
  for (let v = 0; v < n; v++) if (result[v] >= 0) sizes[result[v]]++;
  return { k, bloc: result, sizes, totalWeight, totalCount, ...frustrationOf(ties, result) };
}
