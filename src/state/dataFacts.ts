// What the open dataset has, as the link codec asks it: for cleaning a link, or
// a story step's view, against the data it is shown on.

import type { LoadedDataset } from './loaded';
import type { DataFacts } from './viewFields';

export function factsOf(loaded: LoadedDataset): DataFacts {
  return {
    fingerprint: loaded.fingerprint,
    hasType: (id) => loaded.valid.types.has(id),
    hasActor: (id) => loaded.actorsById.has(id),
    hasEdge: (key) => loaded.groupByKey.has(key),
  };
}
