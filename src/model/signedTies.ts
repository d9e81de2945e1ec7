// Signed ties: per pair of actors, what the visible relations between them add up
// to. Cooperative types count +1, hostile -1, neutral 0; each relation weighs its
// type's weight (material acts more than words) times its independent supporting
// sources, reduced when it is only claimed, when it is denied or disputed (a
// tie its own sources contest is not a full tie), and when it is not an act (an
// intention, offer, threat or conditional statement: words about what has not happened). The alliance analyses (blocs, triads,
// brokers, paths) all run on these ties, so they follow the filters.

import { sourcesKnownBy } from './filters';
import type { FilterIndex } from './filterIndex';
import type { RelationType } from './relationTypes';
import { MODES, STATUSES, type Mode, type Relation } from './types';

export interface TieWeights {
  /** weight of a material relation type (backs, fights, strikes, deploys-to, ...) */
  readonly material: number;
  /** weight of a verbal one (accuses, opposes, pledges-support, ...) */
  readonly verbal: number;
  /** factor for a relation whose status is "claimed" (asserted by an interested party) */
  readonly claimed: number;
  /** factor for a relation whose status is "denied" or "disputed" */
  readonly contested: number;
  /** factor for a relation that is not an act (mode intention, offer, threat or conditional) */
  readonly unacted: number;
}

/** Documented defaults; a dataset overrides a type's weight with `weight` in relationTypes. */
export const DEFAULT_TIE_WEIGHTS: TieWeights = {
  material: 1,
  verbal: 0.5,
  claimed: 0.5,
  contested: 0.25,
  unacted: 0.25,
};

const CLAIMED = STATUSES.indexOf('claimed');
const DENIED = STATUSES.indexOf('denied');
const DISPUTED = STATUSES.indexOf('disputed');

/** How one relation's weight is made: sign × type weight × sources × status factor × mode factor. */
export interface WeightParts {
  /** the type's signed weight (material 1, verbal 0.5, or the type's own) */
  typeWeight: number;
  /** independent supporting sources (1 for a relation without evidence) */
  sources: number;
  /** the status factor and what it is for; 1 and null for a reported or confirmed relation */
  factor: number;
  status: 'claimed' | 'denied' | 'disputed' | null;
  /** the mode factor and the mode; 1 and null for an act */
  modeFactor: number;
  mode: Exclude<Mode, 'act'> | null;
  weight: number;
}

/** The status factor of relation i under the weights. */
function statusFactor(index: FilterIndex, i: number, weights: TieWeights): Pick<WeightParts, 'factor' | 'status'> {
  const status = index.status[i];
  if (status === CLAIMED) return { factor: weights.claimed, status: 'claimed' };
  if (status === DENIED) return { factor: weights.contested, status: 'denied' };
  if (status === DISPUTED) return { factor: weights.contested, status: 'disputed' };
  return { factor: 1, status: null };
}

/** The mode factor of relation i: 1 for an act, the unacted factor for words about what has not happened. */
function modeFactor(index: FilterIndex, i: number, weights: TieWeights): number {
  return index.mode[i] === 0 ? 1 : weights.unacted;
}

/** The parts of relation i's weight, for the details of a pair to show the arithmetic. */
export function weightParts(
  relation: Relation,
  types: ReadonlyMap<string, RelationType>,
  index: FilterIndex,
  i: number,
  weights: TieWeights,
  reportedBy: number | null,
): WeightParts {
  const t = types.get(relation.type);
  const typeWeight = t ? t.sign * (t.weight ?? (t.kind === 'material' ? weights.material : weights.verbal)) : 0;
  const sources = (relation.evidence?.length ?? 0) > 0 ? sourcesKnownBy(index, i, reportedBy) : 1;
  const { factor, status } = statusFactor(index, i, weights);
  const m = modeFactor(index, i, weights);
  const mode = index.mode[i] === 0 ? null : (MODES[index.mode[i]] as Exclude<Mode, 'act'>);
  return { typeWeight, sources, factor, status, modeFactor: m, mode, weight: typeWeight * sources * factor * m || 0 };
}

/** Below this a net weight counts as zero (sums of user-set weights are not exact). */
export const TIE_EPSILON = 1e-9;

/**
 * Signed weight of each relation: sign × type weight × independent supporting
 * sources known by `reportedBy` (× the claimed factor, or the contested one for a
 * denied or disputed relation; × the unacted factor for a relation that is not an act). A relation with no evidence
 * at all counts as one source (the dataset asserts it); one whose evidence only
 * disputes it weighs 0, and so does a neutral type.
 */
export function relationWeights(
  relations: readonly Relation[],
  types: ReadonlyMap<string, RelationType>,
  index: FilterIndex,
  weights: TieWeights,
  reportedBy: number | null,
): Float64Array {
  const byType = index.typeIds.map((id) => {
    const t = types.get(id);
    if (!t) return 0;
    return t.sign * (t.weight ?? (t.kind === 'material' ? weights.material : weights.verbal));
  });
  const out = new Float64Array(index.relationCount);
  for (let i = 0; i < index.relationCount; i++) {
    const typeWeight = byType[index.type[i]];
    if (typeWeight === 0) continue;
    const hasEvidence = (relations[i].evidence?.length ?? 0) > 0;
    const sources = hasEvidence ? sourcesKnownBy(index, i, reportedBy) : 1;
    // `|| 0`: no -0 for a relation that weighs nothing
    out[i] = typeWeight * sources * statusFactor(index, i, weights).factor * modeFactor(index, i, weights) || 0;
  }
  return out;
}

/** The ties alone, what the analyses read (and what goes to the analysis worker). */
export interface TieList {
  readonly actorCount: number;
  /** number of pairs with at least one visible relation */
  readonly count: number;
  /** the pair's actors (ordinals), a[t] < b[t]; ties are sorted by (a, b) */
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** summed weights of the cooperative and of the hostile relations (both >= 0) */
  readonly positive: Float64Array;
  readonly negative: Float64Array;
}

/** Ties with the relations each is made of, for listing them. */
export interface SignedTies extends TieList {
  /** the visible relations of tie t: relations[relationStart[t] .. relationStart[t + 1]) */
  readonly relationStart: Int32Array;
  readonly relations: Int32Array;
}

/** The tie's net weight: positive - negative. */
export function tieNet(ties: TieList, t: number): number {
  return ties.positive[t] - ties.negative[t];
}

/** +1, -1 or 0: the sign of the tie's net weight. */
export function tieSign(ties: TieList, t: number): -1 | 0 | 1 {
  const net = tieNet(ties, t);
  return net > TIE_EPSILON ? 1 : net < -TIE_EPSILON ? -1 : 0;
}

/** What ties are built from: the filter index has these columns, and so does a message to the analysis worker. */
export type RelationEnds = Pick<FilterIndex, 'actorCount' | 'relationCount' | 'source' | 'target'>;

/** Ties over the visible relations (visible[i] = 1), with weights from relationWeights. */
export function signedTies(index: RelationEnds, visible: Uint8Array, weight: Float64Array): SignedTies {
  const n = index.actorCount;
  // pairs found in relation order, then sorted so the same view gives the same ties
  const slot = new Map<number, number>();
  const pairA: number[] = [];
  const pairB: number[] = [];
  const relPair: number[] = [];
  const rels: number[] = [];
  // Stryker disable next-line EqualityOperator: relation i = count is not visible (undefined), so it is skipped
  for (let i = 0; i < index.relationCount; i++) {
    if (!visible[i]) continue;
    const s = index.source[i];
    const t = index.target[i];
    if (s === t) continue; // a self-loop is no tie
    const a = Math.min(s, t);
    const b = Math.max(s, t);
    // Stryker disable next-line ArithmeticOperator: a * n - b and a / n + b are as one-to-one over 0 <= a < b < n as a * n + b, so the same pairs are found
    const key = a * n + b;
    let p = slot.get(key);
    if (p === undefined) {
      p = pairA.length;
      slot.set(key, p);
      pairA.push(a);
      pairB.push(b);
    }
    relPair.push(p);
    rels.push(i);
  }
  const order = Int32Array.from(pairA, (_, p) => p).sort((x, y) => pairA[x] - pairA[y] || pairB[x] - pairB[y]);
  const rank = new Int32Array(order.length);
  order.forEach((p, t) => (rank[p] = t));
  const count = order.length;
  const relationStart = new Int32Array(count + 1);
  for (const p of relPair) relationStart[rank[p] + 1]++;
  // Stryker disable next-line EqualityOperator: a pass at t = count writes past the end of relationStart, which is ignored
  for (let t = 0; t < count; t++) relationStart[t + 1] += relationStart[t];
  const fill = relationStart.slice(0, count);
  const relations = new Int32Array(rels.length);
  const positive = new Float64Array(count);
  const negative = new Float64Array(count);
  // Stryker disable next-line EqualityOperator: a pass at k = length has no relation: relations[NaN] and weight[undefined] change nothing
  for (let k = 0; k < rels.length; k++) {
    const t = rank[relPair[k]];
    const i = rels[k];
    relations[fill[t]++] = i;
    const w = weight[i];
    if (w > 0) positive[t] += w;
    else if (w < 0) negative[t] -= w;
  }
  return {
    actorCount: n,
    count,
    a: Int32Array.from(order, (p) => pairA[p]),
    b: Int32Array.from(order, (p) => pairB[p]),
    positive,
    negative,
    relationStart,
    relations,
  };
}

/** Per actor, its ties: tieOf[adjStart[v] .. adjStart[v + 1]) and the other actor of each. */
export interface TieAdjacency {
  readonly adjStart: Int32Array;
  readonly other: Int32Array;
  readonly tieOf: Int32Array;
}

/** The ties by actor (CSR), keeping only ties that `keep` accepts (all by default). */
export function tieAdjacency(ties: TieList, keep: (t: number) => boolean = () => true): TieAdjacency {
  const adjStart = new Int32Array(ties.actorCount + 1);
  for (let t = 0; t < ties.count; t++) {
    if (!keep(t)) continue;
    adjStart[ties.a[t] + 1]++;
    adjStart[ties.b[t] + 1]++;
  }
  // Stryker disable next-line EqualityOperator: a pass at v = actorCount writes past the end of adjStart, which is ignored
  for (let v = 0; v < ties.actorCount; v++) adjStart[v + 1] += adjStart[v];
  const fill = adjStart.slice(0, ties.actorCount);
  const other = new Int32Array(adjStart[ties.actorCount]);
  const tieOf = new Int32Array(adjStart[ties.actorCount]);
  for (let t = 0; t < ties.count; t++) {
    if (!keep(t)) continue;
    const a = ties.a[t];
    const b = ties.b[t];
    other[fill[a]] = b;
    tieOf[fill[a]++] = t;
    other[fill[b]] = a;
    tieOf[fill[b]++] = t;
  }
  return { adjStart, other, tieOf };
}

/** The tie between two actors, or -1 (binary search on the sorted pairs). */
export function findTie(ties: TieList, x: number, y: number): number {
  const a = Math.min(x, y);
  const b = Math.max(x, y);
  let lo = 0;
  let hi = ties.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ties.a[mid] < a || (ties.a[mid] === a && ties.b[mid] < b)) lo = mid + 1;
    else hi = mid;
  }
  return lo < ties.count && ties.a[lo] === a && ties.b[lo] === b ? lo : -1;
}
