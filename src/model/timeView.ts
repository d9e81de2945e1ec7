// Which stretch of time the timeline shows (its view, not the date filter): the
// whole span of the data, the busiest period it opens on, or a period around
// what is selected.

import { lowerBound, upperBound, type FilterIndex } from './filterIndex';

export interface DaySpan {
  /** first and last day, both included */
  readonly from: number;
  readonly to: number;
}

/** A view narrower than this many days is widened around its middle. */
export const MIN_VIEW_DAYS = 7;

/** The busiest period must be this many times denser than the whole span on average. */
const DENSITY = 8;

/** Whether the data has any dated relation (without one, time filters do nothing). */
export function hasDates(index: FilterIndex): boolean {
  return index.undatedOrder.length < index.relationCount;
}

/** The days of the data: first start to last day (an ongoing relation counts up to its start). */
export function wholeSpan(index: FilterIndex): DaySpan {
  return { from: index.minDay, to: index.maxDay };
}

/**
 * The busiest period: the shortest window in which at least half the dated
 * relations start (the earliest such), widened to the last day of the short
 * relations (≤ SHORT_SPAN days) that start in it, so an event's days stay whole.
 * Null when no such window is at most an eighth of the span (nothing is much
 * denser than the rest) or there are fewer than two dated relations.
 */
export function busiestPeriod(index: FilterIndex): DaySpan | null {
  // the index keeps the starts sorted in two runs: merged, not sorted again (200,000 relations: 75 ms -> 2 ms)
  const sorted = mergeSorted(index.shortStarts, index.longStarts);
  const n = sorted.length;
  if (n < 2) return null;
  const k = Math.max(2, Math.ceil(n / 2));
  let best = 0;
  for (let i = 1; i + k - 1 < n; i++) {
    if (sorted[i + k - 1] - sorted[i] < sorted[best + k - 1] - sorted[best]) best = i;
  }
  const from = sorted[best];
  const coreTo = sorted[best + k - 1];
  const span = index.maxDay - index.minDay + 1;
  if ((coreTo - from + 1) * DENSITY > span) return null;
  // the short relations (within SHORT_SPAN days, never ongoing) that start in the window
  let to = coreTo;
  const last = upperBound(index.shortStarts, coreTo);
  for (let j = lowerBound(index.shortStarts, from); j < last; j++) to = Math.max(to, index.end[index.shortOrder[j]]);
  return { from, to };
}

/** Two ascending arrays as one. */
function mergeSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let o = 0; o < out.length; o++) out[o] = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
  return out;
}

/**
 * A view showing `selection` with a margin (a tenth of its length, at least a
 * day) where the data goes on, at least MIN_VIEW_DAYS long; the whole span when
 * that would cover it, or when the selection lies outside the data.
 */
export function viewAround(selection: DaySpan, whole: DaySpan): DaySpan {
  const from = Math.max(selection.from, whole.from);
  const to = Math.min(selection.to, whole.to);
  if (from > to) return whole;
  const pad = Math.max(1, Math.round((to - from + 1) / 10));
  let a = Math.max(whole.from, from - pad);
  let b = Math.min(whole.to, to + pad);
  if (a === whole.from && b === whole.to) return whole;
  const short = MIN_VIEW_DAYS - (b - a + 1);
  if (short > 0) {
    a -= Math.floor(short / 2);
    b += Math.ceil(short / 2);
  }
  return { from: a, to: b };
}

/** Whether the part of `selection` within the data is inside `view` (true when none of it is). */
export function viewHolds(view: DaySpan, selection: DaySpan, whole: DaySpan): boolean {
  const from = Math.max(selection.from, whole.from);
  const to = Math.min(selection.to, whole.to);
  return from > to || (view.from <= from && to <= view.to);
}

/**
 * The view the timeline opens on: around the selection a link or a previous
 * choice made (null: all time), when the busiest period would not show it; else
 * the busiest period when there is one, else the whole span.
 */
export function openingView(index: FilterIndex, selection: DaySpan | null = null): DaySpan {
  const whole = wholeSpan(index);
  const busy = busiestPeriod(index);
  const view = busy ? viewAround(busy, whole) : whole;
  return selection && !viewHolds(view, selection, whole) ? viewAround(selection, whole) : view;
}
