// Brokers: who sits between the others. Signed degrees say how many friends and
// foes an actor has; betweenness says how many shortest chains of relations run
// through it. Both read the ties, so they follow the filters.

import { seededRandom } from './random';
import { tieAdjacency, tieNet, tieSign, type TieList } from './signedTies';

export interface SignedDegrees {
  /** per actor, its ties whose net weight is positive, negative, zero */
  readonly positive: Int32Array;
  readonly negative: Int32Array;
  readonly neutral: Int32Array;
  /** per actor, the summed |net| weight of its positive, and of its negative, ties */
  readonly positiveWeight: Float64Array;
  readonly negativeWeight: Float64Array;
}

export function signedDegrees(ties: TieList): SignedDegrees {
  const n = ties.actorCount;
  const positive = new Int32Array(n);
  const negative = new Int32Array(n);
  const neutral = new Int32Array(n);
  const positiveWeight = new Float64Array(n);
  const negativeWeight = new Float64Array(n);
  for (let t = 0; t < ties.count; t++) {
    const a = ties.a[t];
    const b = ties.b[t];
    const sign = tieSign(ties, t);
    if (sign === 0) {
      neutral[a]++;
      neutral[b]++;
      continue;
    }
    const w = Math.abs(tieNet(ties, t));
    const count = sign > 0 ? positive : negative;
    const weight = sign > 0 ? positiveWeight : negativeWeight;
    count[a]++;
    count[b]++;
    weight[a] += w;
    weight[b] += w;
  }
  return { positive, negative, neutral, positiveWeight, negativeWeight };
}

export interface Betweenness {
  /** per actor, undirected and unnormalised: each unordered pair of other actors counted once */
  readonly score: Float64Array;
  /** score / ((n-1)(n-2)/2) over the n actors with at least one tie; 0 when n < 3 */
  readonly normalised: Float64Array;
  /** BFS sources used */
  readonly sources: number;
  /** false when estimated from sampled sources */
  readonly exact: boolean;
}

export interface BetweennessOptions {
  /** most work (sources × (2 × ties + actors)) to spend before sampling sources; 1e9 by default (about 5 s here) */
  readonly budget?: number;
  /** seed for picking the sampled sources */
  readonly seed?: number;
  /** called with the fraction of sources done, about every 1%, and 1 at the end */
  readonly onProgress?: (fraction: number) => void;
}

export const DEFAULT_BETWEENNESS_BUDGET = 1e9;
const MIN_PIVOTS = 64;

/**
 * Brandes' betweenness, unweighted (hops), over every tie whatever its sign: a tie is
 * a visible relation, so an actor can broker between foes too. Ours rather than
 * graphology-metrics': on the benchmark graph (5,000 actors, ~190,000 ties) that took
 * 56 s, with no progress and no sampling. Past the budget it estimates from k random
 * pivot sources, scaled by n/k (Brandes & Pich 2007).
 */
export function betweenness(ties: TieList, options: BetweennessOptions = {}): Betweenness {
  const n = ties.actorCount;
  const budget = options.budget ?? DEFAULT_BETWEENNESS_BUDGET;
  const { adjStart, other } = tieAdjacency(ties);

  const actors: number[] = [];
  for (let v = 0; v < n; v++) if (adjStart[v + 1] > adjStart[v]) actors.push(v);
  const reached = actors.length;
  const perSource = 2 * ties.count + n;
  let sources = actors;
  let exact = true;
  if (reached * perSource > budget) {
    const k = Math.max(MIN_PIVOTS, Math.floor(budget / perSource));
    if (k < reached) {
      // partial Fisher-Yates: k distinct pivots, the same for the same seed
      const random = seededRandom(options.seed ?? 1);
      sources = actors.slice();
      for (let i = 0; i < k; i++) {
        const j = i + Math.floor(random() * (reached - i));
        const swap = sources[i];
        sources[i] = sources[j];
        sources[j] = swap;
      }
      sources = sources.slice(0, k);
      exact = false;
    }
  }

  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n); // BFS queue, read back in reverse as Brandes' stack
  // each actor's predecessors on shortest paths, in its own CSR slots: the way back
  // then skips the ties to same-level and farther actors
  const pred = new Int32Array(other.length);
  const predCount = new Int32Array(n);
  const step = Math.max(1, Math.ceil(sources.length / 100));
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s];
    sigma[source] = 1;
    dist[source] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    while (head < tail) {
      const v = order[head++];
      const next = dist[v] + 1;
      const paths = sigma[v];
      for (let k = adjStart[v], end = adjStart[v + 1]; k < end; k++) {
        const w = other[k];
        if (dist[w] < 0) {
          dist[w] = next;
          order[tail++] = w;
        }
        if (dist[w] === next) {
          sigma[w] += paths;
          pred[adjStart[w] + predCount[w]++] = v;
        }
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      const share = (1 + delta[w]) / sigma[w];
      for (let k = adjStart[w], end = adjStart[w] + predCount[w]; k < end; k++) {
        const v = pred[k];
        delta[v] += sigma[v] * share;
      }
      score[w] += delta[w];
    }
    // reset only what this source reached: O(component), not O(actors)
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      sigma[v] = 0;
      delta[v] = 0;
      dist[v] = -1;
      predCount[v] = 0;
    }
    if (options.onProgress && (s + 1) % step === 0 && s + 1 < sources.length) {
      options.onProgress((s + 1) / sources.length);
    }
  }
  options.onProgress?.(1);

  // each unordered pair was counted from both ends; sampled sources stand for all
  const scale = (exact ? 1 : reached / sources.length) / 2;
  const pairs = reached < 3 ? 0 : ((reached - 1) * (reached - 2)) / 2;
  const normalised = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    score[v] *= scale;
    if (pairs > 0) normalised[v] = score[v] / pairs;
  }
  return { score, normalised, sources: sources.length, exact };
}
