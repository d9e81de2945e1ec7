// The filter engine: which relations, edge groups and actors are visible under
// the current filters, and what changed since the last step, so that the view
// redraws only those. A step costs O(relations in or near the window + long
// relations + what was visible before), not O(all relations), and allocates no
// arrays: the lists it works in are made once per dataset.

import { ONGOING } from './dates';
import { inWindow, lowerBound, SHORT_SPAN, upperBound, type FilterIndex } from './filterIndex';
import { actorAllowed, sameStaticFilters, staticMask, type Filters } from './filters';
import { STATUSES } from './types';

const DENIED = STATUSES.indexOf('denied');
const DISPUTED = STATUSES.indexOf('disputed');

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
  /** visible denied, and disputed, relations per edge group (a group is contested when they are all of it) */
  readonly groupDenied: Int32Array;
  readonly groupDisputed: Int32Array;
  /** visible relations per edge group that are not acts (intentions, offers, threats, conditional statements) */
  readonly groupUnacted: Int32Array;
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
  /** Focus: inFocus[a] === focusEpoch when actor a is in the neighbourhood */
  private inFocus: Int32Array;
  private focusEpoch = 0;
  private frontier: Int32Array;
  private nextFrontier: Int32Array;
  private focusCentre = -1;

  constructor(readonly index: FilterIndex) {
    const n = index.relationCount;
    this.visible = new Uint8Array(n);
    this.groupCounts = new Int32Array(index.groupCount);
    this.groupDenied = new Int32Array(index.groupCount);
    this.groupDisputed = new Int32Array(index.groupCount);
    this.groupUnacted = new Int32Array(index.groupCount);
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
    this.inFocus = new Int32Array(index.actorCount);
    this.frontier = new Int32Array(index.actorCount);
    this.nextFrontier = new Int32Array(index.actorCount);
  }

  /** 1 where a relation passes every filter but the date range and Focus (read-only). */
  get staticMask(): Uint8Array {
    return this.mask;
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
    const focusCentre = filters.focus ? (this.index.actorOrdinal.get(filters.focus.actor) ?? -1) : -1;
    if (focusCentre >= 0) this.walkFocus(focusCentre, filters.focus!.hops, filters);
    const focusChanged = focusCentre !== this.focusCentre || focusCentre >= 0;
    this.focusCentre = focusCentre;

    // New visible list: relations in the window that pass the static mask (and Focus).
    const nextLength = this.query(filters, focusCentre >= 0);

    // Diff against the previous list, updating counts incrementally.
    const { index, visible, groupCounts, groupDenied, groupDisputed, groupUnacted, degree, stamp, next, list } = this;
    for (let k = 0; k < nextLength; k++) stamp[next[k]] = epoch;
    for (let k = 0; k < this.listLength; k++) {
      const i = list[k];
      if (stamp[i] === epoch) continue;
      visible[i] = 0;
      groupCounts[index.group[i]]--;
      if (index.status[i] === DENIED) groupDenied[index.group[i]]--;
      else if (index.status[i] === DISPUTED) groupDisputed[index.group[i]]--;
      if (index.mode[i] !== 0) groupUnacted[index.group[i]]--;
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
      if (index.status[i] === DENIED) groupDenied[index.group[i]]++;
      else if (index.status[i] === DISPUTED) groupDisputed[index.group[i]]++;
      if (index.mode[i] !== 0) groupUnacted[index.group[i]]++;
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

    // Actors: their visibility depends on degree, unless isolated ones are shown;
    // with Focus, only the neighbourhood, and its centre even when it has no relation.
    const everyActor = staticChanged || focusChanged || previous?.showIsolated !== filters.showIsolated;
    const count = everyActor ? index.actorCount : nActors;
    const focusing = focusCentre >= 0;
    for (let k = 0; k < count; k++) {
      const a = everyActor ? k : this.changedActors[k];
      const inFocus = !focusing || this.inFocus[a] === this.focusEpoch;
      const shown = this.allowed[a] && inFocus && (degree[a] > 0 || filters.showIsolated || a === focusCentre) ? 1 : 0;
      if (shown !== this.actorVisible[a]) {
        this.actorVisible[a] = shown;
        this.actorCount += shown ? 1 : -1;
        if (everyActor) markActor(a);
      }
    }
    return { groups: this.changedGroups.subarray(0, nGroups), actors: this.changedActors.subarray(0, nActors) };
  }

  /** Relation i passes the static mask and lies in the window (undated ones pass: the mask decides them). */
  private passes(i: number, from: number, to: number): boolean {
    const index = this.index;
    return this.mask[i] === 1 && (index.undated[i] === 1 || (from <= to && inWindow(index, i, from, to)));
  }

  /** Marks the actors within `hops` of `centre` over relations that pass every other filter. */
  private walkFocus(centre: number, hops: number, filters: Filters): void {
    const { index, inFocus } = this;
    const from = filters.from ?? -ONGOING;
    const to = filters.to ?? ONGOING;
    const epoch = ++this.focusEpoch;
    inFocus[centre] = epoch;
    let frontier = this.frontier;
    let nextFrontier = this.nextFrontier;
    frontier[0] = centre;
    let size = 1;
    for (let h = 0; h < hops && size > 0; h++) {
      let nextSize = 0;
      for (let k = 0; k < size; k++) {
        const a = frontier[k];
        for (let p = index.actorRelationStart[a]; p < index.actorRelationStart[a + 1]; p++) {
          const i = index.actorRelations[p];
          if (!this.passes(i, from, to)) continue;
          const b = index.source[i] === a ? index.target[i] : index.source[i];
          if (inFocus[b] !== epoch) {
            inFocus[b] = epoch;
            nextFrontier[nextSize++] = b;
          }
        }
      }
      [frontier, nextFrontier] = [nextFrontier, frontier];
      size = nextSize;
    }
  }

  /** Writes the relations visible under `filters` into this.next; returns how many. */
  private query(filters: Filters, focusing: boolean): number {
    const { index, mask, next, inFocus, focusEpoch } = this;
    const from = filters.from ?? -ONGOING;
    const to = filters.to ?? ONGOING;
    const keep = (i: number) =>
      mask[i] === 1 &&
      (!focusing || (inFocus[index.source[i]] === focusEpoch && inFocus[index.target[i]] === focusEpoch));
    let n = 0;
    if (from <= to) {
      // short relations end within SHORT_SPAN days of their start: bounded on both sides
      const lo = lowerBound(index.shortStarts, from - SHORT_SPAN);
      const hi = upperBound(index.shortStarts, to);
      for (let p = lo; p < hi; p++) {
        const i = index.shortOrder[p];
        if (inWindow(index, i, from, to) && keep(i)) next[n++] = i;
      }
      const longHi = upperBound(index.longStarts, to);
      for (let p = 0; p < longHi; p++) {
        const i = index.longOrder[p];
        if (inWindow(index, i, from, to) && keep(i)) next[n++] = i;
      }
    }
    // the static mask already dropped undated relations when they are excluded
    // Stryker disable next-line EqualityOperator: one past the end reads undefined, which fails the mask and is skipped
    for (let p = 0; p < index.undatedOrder.length; p++) {
      const i = index.undatedOrder[p];
      if (keep(i)) next[n++] = i;
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
  if (filters.focus) throw new Error('recomputeAll is the time-step baseline: it has no Focus');
  const allowed = actorAllowed(index, filters);
  const mask = staticMask(index, filters, allowed);
  const from = filters.from ?? -ONGOING;
  const to = filters.to ?? ONGOING;
  const visible = new Uint8Array(index.relationCount);
  const groupCounts = new Int32Array(index.groupCount);
  const degree = new Int32Array(index.actorCount);
  // Stryker disable next-line EqualityOperator: one past the end reads mask[n], undefined, and is skipped
  for (let i = 0; i < index.relationCount; i++) {
    if (!mask[i]) continue;
    // an inverted range holds no day: no dated relation overlaps it
    if (!index.undated[i] && (from > to || !inWindow(index, i, from, to))) continue;
    visible[i] = 1;
    groupCounts[index.group[i]]++;
    degree[index.source[i]]++;
    degree[index.target[i]]++;
  }
  return { visible, groupCounts, degree };
}
