// Play's steps. A step moves the date window (or the "as of" day) by one bin of
// the timeline's view, so a zoomed week plays by day and years by month; steps
// after which no relation would appear or go are skipped, so a quiet stretch
// passes in one step.

import { ONGOING } from './dates';
import type { FilterIndex } from './filterIndex';
import { binOf, type Bins } from './timeline';

/** When relations appear and go: the days things change. */
export interface ChangeDays {
  /** first days of the dated relations, sorted */
  readonly starts: Int32Array;
  /** the day after each dated relation's last (ongoing ones never go), sorted */
  readonly leaves: Int32Array;
}

/** The change days of the dated relations `mask` keeps (all of them without a mask). */
export function changeDays(index: FilterIndex, mask?: Uint8Array): ChangeDays {
  const starts: number[] = [];
  const leaves: number[] = [];
  for (let i = 0; i < index.relationCount; i++) {
    if (index.undated[i] || (mask && !mask[i])) continue;
    if (index.once[i]) {
      // a one-off event is in a window that holds all of its own: from its last day, until its first is passed
      starts.push(index.end[i]);
      leaves.push(index.start[i] + 1);
      continue;
    }
    starts.push(index.start[i]);
    if (index.end[i] !== ONGOING) leaves.push(index.end[i] + 1);
  }
  return { starts: Int32Array.from(starts).sort(), leaves: Int32Array.from(leaves).sort() };
}

/** The first value of `sorted` after `day`; ONGOING when there is none. */
function firstAfter(sorted: Int32Array, day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo] : ONGOING;
}

/**
 * The window moved later by whole bins, keeping its width in bins (a February
 * window becomes March, whole): by one bin, or with `changes`, by as many as it
 * takes for a relation to appear or go (to the last bin when none will). Null
 * when it already ends in the last bin. An open range plays as a one-bin window
 * from the first bin; an inverted one as one bin from its start.
 */
export function nextWindow(
  bins: Bins,
  from: number | null,
  to: number | null,
  changes?: ChangeDays,
): { from: number; to: number } | null {
  if (from === null && to === null) return { from: bins.starts[0], to: bins.starts[1] - 1 };
  const kFrom = from === null ? 0 : binOf(bins, from);
  const kTo = Math.max(kFrom, to === null ? bins.count - 1 : binOf(bins, to));
  const window = (j: number) => ({ from: bins.starts[kFrom + j], to: bins.starts[kTo + j + 1] - 1 });
  const last = bins.count - 1 - kTo;
  if (last < 1) return null;
  if (!changes) return window(1);
  // a relation appears when the end passes its start, and goes when the start passes its leave
  const nextStart = firstAfter(changes.starts, to ?? bins.starts[bins.count]);
  const nextLeave = firstAfter(changes.leaves, from ?? bins.starts[0]);
  for (let j = 1; j < last; j++) {
    const w = window(j);
    if (w.to >= nextStart || w.from >= nextLeave) return w;
  }
  return window(last);
}

/**
 * Play's next "as of" day: the end of the next bin (so the steps land on bin
 * ends), or with `changes`, of the bin where a relation next appears or goes (the
 * last when none will); from the first bin when there is no day yet or it is the
 * last. Null past the last bin.
 */
export function nextAsOf(bins: Bins, day: number | null, lastDay: number, changes?: ChangeDays): number | null {
  if (day === null || day >= lastDay) return Math.min(lastDay, bins.starts[1] - 1);
  const end = bins.starts[bins.count];
  if (day + 1 >= end) return null;
  const change = changes ? Math.min(firstAfter(changes.starts, day), firstAfter(changes.leaves, day)) : day + 1;
  return Math.min(lastDay, change >= end ? end - 1 : bins.starts[binOf(bins, change) + 1] - 1);
}
