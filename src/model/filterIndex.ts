// The columnar index the filter engine runs on, built once per dataset: one typed
// array per attribute, and the relations sorted by start day, split into short
// ones (which a window can find by binary search from both sides) and long ones
// (few, scanned with the end-day test).

import { firstDay, ONGOING, parsePartialDate, type Interval } from './dates';
import type { Grouping } from './groups';
import type { RelationType } from './relationTypes';
import { independentSourceGroups } from './sources';
import { ACTOR_KINDS, DEFAULT_MODE, DEFAULT_STATUS, MODES, STATUSES, type ActorKind, type Dataset } from './types';

/** Relations spanning at most this many days are "short": found by binary search on both ends. */
export const SHORT_SPAN = 62;

/** Day number for "published on an unknown day": always counts as known. */
export const UNKNOWN_DAY = -2147483648;

export interface FilterIndex {
  readonly relationCount: number;
  readonly actorCount: number;
  readonly groupCount: number;
  /** actor ids by ordinal, and each actor's kind ordinal (ACTOR_KINDS) */
  readonly actorIds: readonly string[];
  readonly actorOrdinal: ReadonlyMap<string, number>;
  readonly actorKind: Uint8Array;
  /** type ids by ordinal */
  readonly typeIds: readonly string[];
  /** per relation */
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly undated: Uint8Array;
  /** type ordinal: 32 bits, since a dataset may declare more than 65,536 types */
  readonly type: Uint32Array;
  readonly status: Uint8Array;
  /** mode ordinal (MODES): 0 is an act */
  readonly mode: Uint8Array;
  /** 1 for a one-off event on an unknown day within start..end (inWindow) */
  readonly once: Uint8Array;
  readonly group: Int32Array;
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** independent sources among supporting evidence (32 bits: a relation may cite more than 65,535) */
  readonly independentSources: Uint32Array;
  /** supporting evidence, flattened: relation i owns [evidenceStart[i], evidenceStart[i+1]) */
  readonly evidenceStart: Int32Array;
  readonly evidencePublished: Int32Array;
  readonly evidenceGroup: Int32Array;
  /** relations with start..end within SHORT_SPAN days, sorted by start */
  readonly shortOrder: Int32Array;
  readonly shortStarts: Int32Array;
  /** the other dated relations, sorted by start */
  readonly longOrder: Int32Array;
  readonly longStarts: Int32Array;
  readonly undatedOrder: Int32Array;
  /** actor a's relations are actorRelations[actorRelationStart[a] .. actorRelationStart[a + 1]) */
  readonly actorRelationStart: Int32Array;
  readonly actorRelations: Int32Array;
  /** first and last day any dated relation touches (ongoing ones count up to their start) */
  readonly minDay: number;
  readonly maxDay: number;
}

/** Items up to which distinct values are counted by comparing pairs: no Set to allocate for the usual few. */
const FEW_ITEMS = 16;

/**
 * The number of distinct values among `values[from .. to)` (source groups: independent sources),
 * counting only items whose `day[k] <= upTo` when `day` is given: pairwise for a few, with a Set
 * above, so that a relation with 200,000 items costs linear time, not quadratic.
 */
export function distinctGroups(
  values: ArrayLike<number>,
  from: number,
  to: number,
  day?: ArrayLike<number>,
  upTo = 0,
): number {
  if (to - from > FEW_ITEMS) {
    const seen = new Set<number>();
    for (let k = from; k < to; k++) if (!day || day[k] <= upTo) seen.add(values[k]);
    return seen.size;
  }
  let count = 0;
  for (let k = from; k < to; k++) {
    if (day && day[k] > upTo) continue;
    let seen = false;
    for (let j = from; j < k && !seen; j++) seen = values[j] === values[k] && (!day || day[j] <= upTo);
    if (!seen) count++;
  }
  return count;
}

function sortedByStart(indices: number[], start: Int32Array): { order: Int32Array; starts: Int32Array } {
  const order = Int32Array.from(indices);
  order.sort((a, b) => start[a] - start[b] || a - b);
  const starts = new Int32Array(order.length);
  // Stryker disable next-line EqualityOperator: one past the end writes out of bounds of a typed array: ignored
  for (let i = 0; i < order.length; i++) starts[i] = start[order[i]];
  return { order, starts };
}

export function buildFilterIndex(
  dataset: Dataset,
  types: ReadonlyMap<string, RelationType>,
  intervals: readonly Interval[],
  grouping: Grouping,
): FilterIndex {
  const { actors, relations, sources } = dataset;
  const n = relations.length;
  const actorIds = actors.map((a) => a.id);
  const actorOrdinal = new Map(actorIds.map((id, i) => [id, i]));
  const kindOrdinal = new Map<ActorKind, number>(ACTOR_KINDS.map((k, i) => [k, i]));
  const actorKind = Uint8Array.from(actors, (a) => kindOrdinal.get(a.kind) ?? 0);
  const typeIds = [...types.keys()];
  const typeOrdinal = new Map(typeIds.map((t, i) => [t, i]));
  const statusOrdinal = new Map<string, number>(STATUSES.map((s, i) => [s, i]));
  const modeOrdinal = new Map<string, number>(MODES.map((m, i) => [m, i]));

  const sourceGroup = independentSourceGroups(sources);
  const published = new Map(
    sources.map((s) => {
      const p = s.published === undefined ? null : parsePartialDate(s.published);
      return [s.id, p && p.ok ? firstDay(p.date) : UNKNOWN_DAY];
    }),
  );

  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const undated = new Uint8Array(n);
  const type = new Uint32Array(n);
  const status = new Uint8Array(n);
  const mode = new Uint8Array(n);
  const once = new Uint8Array(n);
  const source = new Int32Array(n);
  const target = new Int32Array(n);
  const independentSources = new Uint32Array(n);
  const evidenceStart = new Int32Array(n + 1);
  const evPublished: number[] = [];
  const evGroup: number[] = [];
  const shortList: number[] = [];
  const longList: number[] = [];
  const undatedList: number[] = [];
  let minDay = ONGOING;
  let maxDay = -ONGOING;

  for (let i = 0; i < n; i++) {
    const r = relations[i];
    const iv = intervals[i];
    if (iv.undated) {
      undated[i] = 1;
      undatedList.push(i);
    } else {
      start[i] = iv.start;
      end[i] = iv.end;
      if (iv.end - iv.start <= SHORT_SPAN) shortList.push(i);
      else longList.push(i);
      minDay = Math.min(minDay, iv.start);
      maxDay = Math.max(maxDay, iv.end === ONGOING ? iv.start : iv.end);
    }
    type[i] = typeOrdinal.get(r.type) ?? 0;
    status[i] = statusOrdinal.get(r.status ?? DEFAULT_STATUS) ?? 0;
    mode[i] = modeOrdinal.get(r.mode ?? DEFAULT_MODE) ?? 0;
    once[i] = r.once === true && !iv.undated ? 1 : 0;
    source[i] = actorOrdinal.get(r.source) ?? 0;
    target[i] = actorOrdinal.get(r.target) ?? 0;
    evidenceStart[i] = evGroup.length;
    // Stryker disable next-line ArrayDeclaration: any non-evidence element has no stance 'supports' and is skipped
    for (const e of r.evidence ?? []) {
      if (e.stance !== 'supports') continue;
      evPublished.push(published.get(e.source) ?? UNKNOWN_DAY);
      evGroup.push(sourceGroup.get(e.source) ?? -1);
    }
    independentSources[i] = distinctGroups(evGroup, evidenceStart[i], evGroup.length);
  }
  evidenceStart[n] = evGroup.length;
  // relations by actor (both ends), for walking neighbourhoods
  const actorRelationStart = new Int32Array(actors.length + 1);
  // Stryker disable next-line EqualityOperator: past the end, typed arrays indexed by NaN read undefined, write nothing
  for (let i = 0; i < n; i++) {
    actorRelationStart[source[i] + 1]++;
    if (target[i] !== source[i]) actorRelationStart[target[i] + 1]++;
  }
  // Stryker disable next-line EqualityOperator: one past the end writes out of bounds of a typed array: ignored
  for (let a = 0; a < actors.length; a++) actorRelationStart[a + 1] += actorRelationStart[a];
  const fill = actorRelationStart.slice(0, actors.length);
  const actorRelations = new Int32Array(actorRelationStart[actors.length]);
  // Stryker disable next-line EqualityOperator: one past the end writes actorRelations[NaN], which is ignored
  for (let i = 0; i < n; i++) {
    actorRelations[fill[source[i]]++] = i;
    if (target[i] !== source[i]) actorRelations[fill[target[i]]++] = i;
  }
  const short = sortedByStart(shortList, start);
  const long = sortedByStart(longList, start);
  if (minDay > maxDay) {
    minDay = 0;
    maxDay = 0;
  }
  return {
    relationCount: n,
    actorCount: actors.length,
    groupCount: grouping.groupCount,
    actorIds,
    actorOrdinal,
    actorKind,
    typeIds,
    start,
    end,
    undated,
    type,
    status,
    mode,
    once,
    group: grouping.groupOf,
    source,
    target,
    independentSources,
    evidenceStart,
    evidencePublished: Int32Array.from(evPublished),
    evidenceGroup: Int32Array.from(evGroup),
    shortOrder: short.order,
    shortStarts: short.starts,
    longOrder: long.order,
    longStarts: long.starts,
    undatedOrder: Int32Array.from(undatedList),
    actorRelationStart,
    actorRelations,
    minDay,
    maxDay,
  };
}

/**
 * Whether dated relation i is in the window [from, to] (both included): a state
 * when its interval overlaps the window, a one-off event only when its whole
 * window lies inside, since it happened on one day of it, not known which.
 */
export function inWindow(
  index: Pick<FilterIndex, 'start' | 'end' | 'once'>,
  i: number,
  from: number,
  to: number,
): boolean {
  const s = index.start[i];
  const e = index.end[i];
  if (index.once[i] === 1) return s >= from && e <= to;
  return s <= to && e >= from;
}

/** First position in a sorted array whose value is >= x. */
export function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position in a sorted array whose value is > x. */
export function upperBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
