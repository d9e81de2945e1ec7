// What the app derives once per dataset, apart from the view: edge groups, the
// filter index, communities and the layout. It runs in the loading worker, for
// every dataset (the bundled one too); tests and scripts call it directly. A
// dataset whose layout takes more than a moment is prepared with a quick layout
// first, and the final positions follow (beginPrepare).

import { buildFilterIndex, type FilterIndex } from './filterIndex';
import { datasetFingerprint } from './fingerprint';
import { groupRelations, type Grouping } from './groups';
import { beginLayout, needsLayout } from './layout';
import { relationCommunities } from './relationCommunities';
import type { ValidDataset } from './validate';

export interface Prepared {
  readonly grouping: Grouping;
  readonly index: FilterIndex;
  /** x, y of actor k at [2k], [2k + 1] */
  readonly positions: Float64Array;
  /** actor k's community over all its relations (seeded Louvain), -1 for an actor with none */
  readonly communities: Int32Array;
  /** short fingerprint of the content, carried in links */
  readonly fingerprint: string;
}

/**
 * Actors above which a computed layout is finished after the first picture. At 300
 * the whole layout takes 0.13 s in the worker, near the tenth of a second a wait
 * goes unnoticed in, so up to there the picture appears once, in its place; above,
 * exact ForceAtlas2 is quadratic (0.45 s at 500 actors) and, with Barnes-Hut, the
 * wait still grows (0.7 s at 1,000, 1.3 s at 2,000, 5.7 s at 10,000).
 */
export const SETTLE_LATER_ABOVE = 300;

/** A dataset prepared for its first picture, with the final positions to come when they differ. */
export interface PreparedStart {
  /** positions: the final ones, or the quick layout while `settling` */
  readonly prepared: Prepared;
  /** true: prepared.positions are a quick layout, and finish() computes the final ones */
  readonly settling: boolean;
  /** The final positions, what prepare gives; it reads nothing of `prepared` (its arrays may be transferred). */
  finish(): Float64Array;
}

/** Everything derived once per dataset, the final layout included. */
export function prepare(valid: ValidDataset): Prepared {
  return beginPrepare(valid, { settleLaterAbove: Infinity }).prepared;
}

/**
 * prepare, except that above `settleLaterAbove` actors (SETTLE_LATER_ABOVE) a
 * computed layout is left to finish(): prepared.positions are then the quick
 * layout, in the final one's units.
 */
export function beginPrepare(
  valid: ValidDataset,
  { settleLaterAbove = SETTLE_LATER_ABOVE }: { settleLaterAbove?: number } = {},
): PreparedStart {
  const { dataset, types, intervals } = valid;
  const grouping = groupRelations(dataset.relations, types);
  const index = buildFilterIndex(dataset, types, intervals, grouping);
  const communities = relationCommunities(index);
  const layout = beginLayout(dataset.actors, dataset.relations, grouping, { communities });
  const settling = dataset.actors.length > settleLaterAbove && needsLayout(dataset.actors);
  const positions = settling ? layout.quick() : layout.finish();
  return {
    prepared: { grouping, index, positions, communities, fingerprint: datasetFingerprint(dataset) },
    settling,
    finish: layout.finish,
  };
}
