// What the app derives once per opened dataset: edge groups, positions, lookups.
import { groupRelations, type Grouping } from '../model/groups';
import { layoutPositions, type Position } from '../model/layout';
import type { ValidDataset } from '../model/validate';
import type { Actor, Source } from '../model/types';

export interface LoadedDataset {
  /** what the user opened, for messages ("bundled dataset", a file name) */
  readonly name: string;
  readonly valid: ValidDataset;
  readonly grouping: Grouping;
  readonly positions: ReadonlyMap<string, Position>;
  readonly actorsById: ReadonlyMap<string, Actor>;
  readonly sourcesById: ReadonlyMap<string, Source>;
  /** increases with every dataset opened, so views can tell two opens apart */
  readonly serial: number;
}

let serial = 0;

export function prepareDataset(name: string, valid: ValidDataset): LoadedDataset {
  const grouping = groupRelations(valid.dataset.relations, valid.types);
  return {
    name,
    valid,
    grouping,
    positions: layoutPositions(valid.dataset.actors, grouping.groups),
    actorsById: new Map(valid.dataset.actors.map((a) => [a.id, a])),
    sourcesById: new Map(valid.dataset.sources.map((s) => [s.id, s])),
    serial: ++serial,
  };
}
