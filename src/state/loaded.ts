// What the app holds for an opened dataset: the validated data, its edge groups,
// filter index, positions and communities (prepared in the loading worker), and
// lookups made when first needed. The relations' days are the filter index's columns.
// A large dataset opens on a quick layout; its final positions replace it once
// (settle), and from then on `positions` are those.
import type { FilterIndex } from '../model/filterIndex';
import { keyOfGroup, type Grouping } from '../model/groups';
import type { Position } from '../model/layout';
import type { Prepared } from '../model/prepare';
import type { Actor, Source } from '../model/types';
import type { ValidDataset } from '../model/validate';

/** The validated dataset as the page holds it: the relations' days live in the filter index. */
export type OpenedData = Omit<ValidDataset, 'intervals'>;

export interface LoadedDataset {
  /** what the user opened, for messages ("the bundled dataset", a file name) */
  readonly name: string;
  readonly valid: OpenedData;
  readonly grouping: Grouping;
  readonly index: FilterIndex;
  /** edgeKeys[g]: the graph's key for edge group g */
  readonly edgeKeys: readonly string[];
  readonly groupByKey: ReadonlyMap<string, number>;
  /** each actor's x, y: the final layout's, or while `settling` the quick one drawn meanwhile */
  readonly positions: ReadonlyMap<string, Position>;
  /** true from opening on a quick layout until settle() brings the final one */
  readonly settling: boolean;
  /** Replaces the quick layout with the final one (x, y of actor k at [2k], [2k + 1]); once only. */
  settle(positions: Float64Array): void;
  /** each actor's community by ordinal (prepare's seeded Louvain over all relations), -1 for none */
  readonly communities: Int32Array;
  readonly actorsById: ReadonlyMap<string, Actor>;
  readonly sourcesById: ReadonlyMap<string, Source>;
  /** short fingerprint of the content (computed where the dataset was prepared) */
  readonly fingerprint: string;
  /** increases with every dataset opened, so views can tell two opens apart */
  readonly serial: number;
}

let serial = 0;

/**
 * Wraps prepared parts; the edge keys and their lookup are built when first read (by the graph).
 * `settling`: prepared.positions are a quick layout, to be replaced by settle().
 */
/** An actor as the interface names it: its short name, else its label; the id when the dataset lacks it. */
export function actorName(loaded: Pick<LoadedDataset, 'actorsById'>, id: string): string {
  const actor = loaded.actorsById.get(id);
  return actor ? (actor.short ?? actor.label) : id;
}

export function loadedDataset(name: string, valid: OpenedData, prepared: Prepared, settling = false): LoadedDataset {
  const { dataset } = valid;
  const positionsOf = (xy: Float64Array) =>
    new Map(dataset.actors.map((a, k) => [a.id, { x: xy[2 * k], y: xy[2 * k + 1] }]));
  let positions = positionsOf(prepared.positions);
  let edgeKeys: string[] | undefined;
  let groupByKey: Map<string, number> | undefined;
  const keys = () =>
    (edgeKeys ??= Array.from({ length: prepared.grouping.groupCount }, (_, g) =>
      keyOfGroup(dataset.relations, prepared.grouping, g),
    ));
  return {
    name,
    valid,
    grouping: prepared.grouping,
    index: prepared.index,
    get edgeKeys() {
      return keys();
    },
    get groupByKey() {
      return (groupByKey ??= new Map(keys().map((k, g) => [k, g])));
    },
    get positions() {
      return positions;
    },
    get settling() {
      return settling;
    },
    settle(xy) {
      if (!settling) return;
      settling = false;
      positions = positionsOf(xy);
    },
    communities: prepared.communities,
    actorsById: new Map(dataset.actors.map((a) => [a.id, a])),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    fingerprint: prepared.fingerprint,
    serial: ++serial,
  };
}
