// What the analyst chose to see, and the part of it that does not depend on time
// (types, kinds, statuses, sources, "reported by"): a per-relation mask
// computed only when one of those changes, so a time step only queries dates.

import { distinctGroups, type FilterIndex } from './filterIndex';
import { ACTOR_KINDS, STATUSES, type ActorKind, type Status } from './types';

export interface Filters {
  /** first and last day of the range, both included; null: open on that side */
  readonly from: number | null;
  readonly to: number | null;
  readonly includeUndated: boolean;
  readonly showIsolated: boolean;
  readonly hiddenTypes: ReadonlySet<string>;
  readonly hiddenKinds: ReadonlySet<ActorKind>;
  readonly hiddenStatuses: ReadonlySet<Status>;
  /** only acts: hide intentions, offers, threats and conditional statements */
  readonly actsOnly: boolean;
  /** minimum independent supporting sources; 0 keeps unsourced relations */
  readonly minSources: number;
  /** keep only evidence published on or before this day (what was known then) */
  readonly reportedBy: number | null;
  /** show only this actor's neighbourhood over what the other filters show */
  readonly focus: { readonly actor: string; readonly hops: number } | null;
}

export const DEFAULT_FILTERS: Filters = {
  from: null,
  to: null,
  includeUndated: true,
  showIsolated: false,
  hiddenTypes: new Set(),
  hiddenKinds: new Set(),
  hiddenStatuses: new Set(),
  actsOnly: false,
  minSources: 0,
  reportedBy: null,
  focus: null,
};

/** True when two filters differ only in their date range. */
export function sameStaticFilters(a: Filters, b: Filters): boolean {
  return (
    a.includeUndated === b.includeUndated &&
    a.hiddenTypes === b.hiddenTypes &&
    a.hiddenKinds === b.hiddenKinds &&
    a.hiddenStatuses === b.hiddenStatuses &&
    a.actsOnly === b.actsOnly &&
    a.minSources === b.minSources &&
    a.reportedBy === b.reportedBy
  );
}

/** Which actors may be shown at all: those whose kind is not hidden. */
export function actorAllowed(index: FilterIndex, filters: Filters): Uint8Array {
  const allowed = new Uint8Array(index.actorCount);
  const hiddenKind = new Uint8Array(ACTOR_KINDS.length);
  ACTOR_KINDS.forEach((k, i) => (hiddenKind[i] = filters.hiddenKinds.has(k) ? 1 : 0));
  // Stryker disable next-line EqualityOperator: one past the end writes out of bounds of a typed array: ignored
  for (let a = 0; a < index.actorCount; a++) allowed[a] = hiddenKind[index.actorKind[a]] ? 0 : 1;
  return allowed;
}

/**
 * Independent supporting sources of relation i counting only evidence published
 * by `reportedBy` (sources with no publication date always count).
 */
export function sourcesKnownBy(index: FilterIndex, i: number, reportedBy: number | null): number {
  if (reportedBy === null) return index.independentSources[i];
  // a source with no publication date is UNKNOWN_DAY, before any day: always known
  const { evidenceGroup, evidenceStart, evidencePublished } = index;
  return distinctGroups(evidenceGroup, evidenceStart[i], evidenceStart[i + 1], evidencePublished, reportedBy);
}

/** 1 where relation i passes every filter but the date range. */
export function staticMask(index: FilterIndex, filters: Filters, allowed: Uint8Array): Uint8Array {
  const mask = new Uint8Array(index.relationCount);
  const hiddenType = new Uint8Array(index.typeIds.length);
  index.typeIds.forEach((t, i) => (hiddenType[i] = filters.hiddenTypes.has(t) ? 1 : 0));
  const hiddenStatus = new Uint8Array(STATUSES.length);
  STATUSES.forEach((s, i) => (hiddenStatus[i] = filters.hiddenStatuses.has(s) ? 1 : 0));
  // Stryker disable next-line EqualityOperator: one past the end finds no allowed source actor and is skipped
  for (let i = 0; i < index.relationCount; i++) {
    if (hiddenType[index.type[i]] || hiddenStatus[index.status[i]]) continue;
    if (filters.actsOnly && index.mode[i] !== 0) continue;
    if (!allowed[index.source[i]] || !allowed[index.target[i]]) continue;
    if (index.undated[i] && !filters.includeUndated) continue;
    const sourced = index.evidenceStart[i + 1] > index.evidenceStart[i];
    const known = sourcesKnownBy(index, i, filters.reportedBy);
    // with "reported by", a sourced relation none of whose evidence was out yet was not known
    if (sourced && filters.reportedBy !== null && known === 0) continue;
    if (known < filters.minSources) continue;
    mask[i] = 1;
  }
  return mask;
}
