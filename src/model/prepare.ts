// What the app derives once per dataset, apart from the view: edge groups, the
// filter index, communities and the layout. It runs in the loading worker, for
// every dataset (the bundled one too); tests and scripts call it directly.

import { buildFilterIndex, type FilterIndex } from './filterIndex';
import { datasetFingerprint } from './fingerprint';
import { groupRelations, type Grouping } from './groups';
import { layoutPositions } from './layout';
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

export function prepare(valid: ValidDataset): Prepared {
  const { dataset, types, intervals } = valid;
  const grouping = groupRelations(dataset.relations, types);
  const index = buildFilterIndex(dataset, types, intervals, grouping);
  const communities = relationCommunities(index);
  const layout = layoutPositions(dataset.actors, dataset.relations, grouping, { communities });
  const positions = new Float64Array(dataset.actors.length * 2);
  dataset.actors.forEach((a, k) => {
    const p = layout.get(a.id) ?? { x: 0, y: 0 };
    positions[2 * k] = p.x;
    positions[2 * k + 1] = p.y;
  });
  return { grouping, index, positions, communities, fingerprint: datasetFingerprint(dataset) };
}
