// Relation weights for the signed ties under the analysis settings, shared by
// the analysis runner and the details of a pair, and recomputed only when the
// dataset, the claimed, contested or unacted factor, or "reported by" changes.

import { DEFAULT_TIE_WEIGHTS, relationWeights, type SignedTies, type TieWeights } from '../model/signedTies';
import type { LoadedDataset } from './loaded';

/** The analysis settings' factors that weigh a relation. */
type Factors = Pick<TieWeights, 'claimed' | 'contested' | 'unacted'>;

let cache: { loaded: LoadedDataset; factors: Factors; reportedBy: number | null; weights: Float64Array } | null = null;

/** The tie weights under the analysis settings: claimed, contested (denied, disputed) and unacted factors. */
export function tieWeightsOf(settings: Factors): TieWeights {
  return {
    ...DEFAULT_TIE_WEIGHTS,
    claimed: settings.claimed,
    contested: settings.contested,
    unacted: settings.unacted,
  };
}

/** Per-relation weights under the settings' factors, evidence known by `reportedBy`. */
export function weightsFor(loaded: LoadedDataset, settings: Factors, reportedBy: number | null): Float64Array {
  const c = cache;
  if (
    c &&
    c.loaded === loaded &&
    c.factors.claimed === settings.claimed &&
    c.factors.contested === settings.contested &&
    c.factors.unacted === settings.unacted &&
    c.reportedBy === reportedBy
  ) {
    return c.weights;
  }
  const weights = relationWeights(
    loaded.valid.dataset.relations,
    loaded.valid.types,
    loaded.index,
    tieWeightsOf(settings),
    reportedBy,
  );
  const { claimed, contested, unacted } = settings;
  cache = { loaded, factors: { claimed, contested, unacted }, reportedBy, weights };
  return weights;
}

/** The tie between two actors over the visible relations, as a one-tie list; null when none is visible. */
export function pairTie(
  weights: Float64Array,
  loaded: LoadedDataset,
  visible: Uint8Array,
  x: string,
  y: string,
): SignedTies | null {
  const { index } = loaded;
  const a = index.actorOrdinal.get(x);
  const b = index.actorOrdinal.get(y);
  if (a === undefined || b === undefined || a === b) return null;
  const relations: number[] = [];
  let positive = 0;
  let negative = 0;
  for (let p = index.actorRelationStart[a]; p < index.actorRelationStart[a + 1]; p++) {
    const i = index.actorRelations[p];
    if (!visible[i] || (index.source[i] !== b && index.target[i] !== b)) continue;
    relations.push(i);
    if (weights[i] > 0) positive += weights[i];
    else negative -= weights[i];
  }
  if (relations.length === 0) return null;
  return {
    actorCount: index.actorCount,
    count: 1,
    a: Int32Array.of(Math.min(a, b)),
    b: Int32Array.of(Math.max(a, b)),
    positive: Float64Array.of(positive),
    negative: Float64Array.of(negative),
    relationStart: Int32Array.of(0, relations.length),
    relations: Int32Array.from(relations.sort((p, q) => p - q)),
  };
}
