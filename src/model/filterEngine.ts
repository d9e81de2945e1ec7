// The filter engine: which relations, edge groups and actors are visible under
// the current filters, and what changed since the last step, so that the view
// redraws only those. A step costs O(relations in or near the window + long
// relations + what was visible before), not O(all relations), and allocates no
// arrays: the lists it works in are made once per dataset.

import { ONGOING } from './dates';
import { lowerBound, SHORT_SPAN, upperBound, type FilterIndex } from './filterIndex';
import { actorAllowed, sameStaticFilters, staticMask, type Filters } from './filters';

export interface StepChanges {
  /** edge groups whose visible count changed (and so their thickness or visibility) */
  readonly groups: Int32Array;
  /** actors whose visible degree or visibility changed */
  readonly actors: Int32Array;
}

export class FilterEngine {
  /** 1 where relation i is visible */
  readonly visible: Uint8Array;
  /** visible relations per edge group */
  readonly groupCounts: Int32Array;
  /** visible relations per actor */
  readonly degree: Int32Array;
  /** 1 where actor a is shown */
  readonly actorVisible: Uint8Array;
  relationCount = 0;
  actorCount = 0;

  private filters: Filters | null = null;
  private mask: Uint8Array;
  private allowed: Uint8Array;
  private list: Int32Array;
  private listLength = 0;
  private next: Int32Array;
  private stamp: Int32Array;
  private epoch = 0;
  private changedGroups: Int32Array;
  private groupStamp: Int32Array;
  private changedActors: Int32Array;
  private actorStamp: Int32Array;

  constructor(readonly index: FilterIndex) {
    const n = index.relationCount;
    this.visible = new Uint8Array(n);
    this.groupCounts = new Int32Array(index.groupCount);
    this.degree = new Int32Array(index.actorCount);
    this.actorVisible = new Uint8Array(index.actorCount);
    this.mask = new Uint8Array(n);
    this.allowed = new Uint8Array(index.actorCount);
    this.list = new Int32Array(n);
    this.next = new Int32Array(n);
    this.stamp = new Int32Array(n);
    this.changedGroups = new Int32Array(index.groupCount);
    this.groupStamp = new Int32Array(index.groupCount);
    this.changedActors = new Int32Array(index.actorCount);
    this.actorStamp = new Int32Array(index.actorCount);
  }

  /** Applies the filters and returns what changed since the previous call. */
  apply(filters: Filters): StepChanges {
    const previous = this.filters;
    const epoch = ++this.epoch;
    let nGroups = 0;
    let nActors = 0;
    const markGroup = (g: number) => {
      if (this.groupStamp[g] !== epoch) {
        this.groupStamp[g] = epoch;
        this.changedGroups[nGroups++] = g;
      }
    };
    const markActor = (a: number) => {
      if (this.actorStamp[a] !== epoch) {
        this.actorStamp[a] = epoch;
        this.changedActors[nActors++] = a;
      }
    };

    const staticChanged = !previous || !sameStaticFilters(previous, filters);
    if (staticChanged) {
      this.allowed = actorAllowed(this.index, filters);
      this.mask = staticMask(this.index, filters, this.allowed);
    }
    this.filters = filters;

    // New visible list: relations in the window that pass the static mask.
    const nextLength = this.query(filters);

    // Diff against the previous list, updating counts incrementally.
    const { index, visible, groupCounts, degree, stamp, next, list } = this;
    for (let k = 0; k < nextLength; k++) stamp[next[k]] = epoch;
    for (let k = 0; k < this.listLength; k++) {
      const i = list[k];
      if (stamp[i] === epoch) continue;
      visible[i] = 0;
      groupCounts[index.group[i]]--;
      degree[index.source[i]]--;
      degree[index.target[i]]--;
      markGroup(index.group[i]);
      markActor(index.source[i]);
      markActor(index.target[i]);
    }
    for (let k = 0; k < nextLength; k++) {
      const i = next[k];
      if (visible[i]) continue;
      visible[i] = 1;
      groupCounts[index.group[i]]++;
      degree[index.source[i]]++;
      degree[index.target[i]]++;
      markGroup(index.group[i]);
      markActor(index.source[i]);
      markActor(index.target[i]);
    }
    this.list = next;
    this.next = list;
    this.listLength = nextLength;
    this.relationCount = nextLength;

    // Actors: their visibility depends on degree, unless isolated ones are shown.
    const everyActor = staticChanged || previous?.showIsolated !== filters.showIsolated;
    const count = everyActor ? index.actorCount : nActors;
    for (let k = 0; k < count; k++) {
      const a = everyActor ? k : this.changedActors[k];
      const shown = this.allowed[a] && (degree[a] > 0 || filters.showIsolated) ? 1 : 0;
      if (shown !== this.actorVisible[a]) {
        this.actorVisible[a] = shown;
        this.actorCount += shown ? 1 : -1;
        if (everyActor) markActor(a);
      }
    }
    return { groups: this.changedGroups.subarray(0, nGroups), actors: this.changedActors.subarray(0, nActors) };
  }

  /** Writes the relations visible under `filters` into this.next; returns how many. */
  private query(filters: Filters): number {
    const { index, mask, next } = this;
    const from = filters.from ?? -ONGOING;
    const to = filters.to ?? ONGOING;
    let n = 0;
    if (from <= to) {
      // short relations end within SHORT_SPAN days of their start: bounded on both sides
      const lo = lowerBound(index.shortStarts, from - SHORT_SPAN);
      const hi = upperBound(index.shortStarts, to);
      for (let p = lo; p < hi; p++) {
        const i = index.shortOrder[p];
        if (mask[i] && index.end[i] >= from) next[n++] = i;
      }
      const longHi = upperBound(index.longStarts, to);
      for (let p = 0; p < longHi; p++) {
        const i = index.longOrder[p];
        if (mask[i] && index.end[i] >= from) next[n++] = i;
      }
    }
    // the static mask already dropped undated relations when they are excluded
    for (let p = 0; p < index.undatedOrder.length; p++) {
      const i = index.undatedOrder[p];
      if (mask[i]) next[n++] = i;
    }
    return n;
  }
}

/**
 * The same result computed from scratch with no changed sets: the baseline the
 * benchmark compares the engine with.
 */
export function recomputeAll(
  index: FilterIndex,
  filters: Filters,
): { visible: Uint8Array; groupCounts: Int32Array; degree: Int32Array } {
  const allowed = actorAllowed(index, filters);
  const mask = staticMask(index, filters, allowed);
  const from = filters.from ?? -ONGOING;
  const to = filters.to ?? ONGOING;
  const visible = new Uint8Array(index.relationCount);
  const groupCounts = new Int32Array(index.groupCount);
  const degree = new Int32Array(index.actorCount);
  for (let i = 0; i < index.relationCount; i++) {
    if (!mask[i]) continue;
    if (!index.undated[i] && (index.start[i] > to || index.end[i] < from)) continue;
    visible[i] = 1;
    groupCounts[index.group[i]]++;
    degree[index.source[i]]++;
    degree[index.target[i]]++;
  }
  return { visible, groupCounts, degree };
}
