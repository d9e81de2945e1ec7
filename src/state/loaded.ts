// What the app derives once per opened dataset: edge groups, the filter index,
// positions, lookups.
import { buildFilterIndex, type FilterIndex } from '../model/filterIndex';
import { groupRelations, keyOfGroup, type Grouping } from '../model/groups';
import { layoutPositions, type Position } from '../model/layout';
import type { Actor, Source } from '../model/types';
import type { ValidDataset } from '../model/validate';

export interface LoadedDataset {
  /** what the user opened, for messages ("the bundled dataset", a file name) */
  readonly name: string;
  readonly valid: ValidDataset;
  readonly grouping: Grouping;
  readonly index: FilterIndex;
  /** edgeKeys[g]: the graph's key for edge group g */
  readonly edgeKeys: readonly string[];
  readonly groupByKey: ReadonlyMap<string, number>;
  readonly positions: ReadonlyMap<string, Position>;
  readonly actorsById: ReadonlyMap<string, Actor>;
  readonly sourcesById: ReadonlyMap<string, Source>;
  /** increases with every dataset opened, so views can tell two opens apart */
  readonly serial: number;
}

let serial = 0;

export function prepareDataset(name: string, valid: ValidDataset): LoadedDataset {
  const { dataset, types, intervals } = valid;
  const grouping = groupRelations(dataset.relations, types);
  const edgeKeys = Array.from({ length: grouping.groupCount }, (_, g) => keyOfGroup(dataset.relations, grouping, g));
  return {
    name,
    valid,
    grouping,
    index: buildFilterIndex(dataset, types, intervals, grouping),
    edgeKeys,
    groupByKey: new Map(edgeKeys.map((k, g) => [k, g])),
    positions: layoutPositions(dataset.actors, dataset.relations, grouping),
    actorsById: new Map(dataset.actors.map((a) => [a.id, a])),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    serial: ++serial,
  };
}
