// The stretch of time the timeline shows: its own state, not a filter, so opening
// zoomed never changes the dates a link or the defaults chose. It opens on the
// busiest period (or around a link's dates), and when the dates are moved outside
// it (typed, or by a link), it moves to show them.

import { useMemo, useState } from 'react';
import type { FilterIndex } from '../../model/filterIndex';
import { busiestPeriod, openingView, viewAround, viewHolds, wholeSpan, type DaySpan } from '../../model/timeView';
import { useStore } from '../../state/store';

/** Days either side of an "as of" day when zooming to it. */
const AS_OF_CONTEXT = 15;

export interface TimelineView {
  readonly view: DaySpan;
  readonly whole: DaySpan;
  /** the view of the busiest period, if any */
  readonly busy: DaySpan | null;
  /** the view around the chosen dates; null for all time */
  readonly aroundSelection: DaySpan | null;
  setView(view: DaySpan): void;
}

export function sameSpan(a: DaySpan | null, b: DaySpan | null): boolean {
  return a !== null && b !== null && a.from === b.from && a.to === b.to;
}

export function useTimelineView(index: FilterIndex): TimelineView {
  const whole = useMemo(() => wholeSpan(index), [index]);
  const busy = useMemo(() => {
    const b = busiestPeriod(index);
    return b ? viewAround(b, whole) : null;
  }, [index, whole]);
  const dateMode = useStore((s) => s.dateMode);
  const from = useStore((s) => s.from);
  const to = useStore((s) => s.to);
  const asOf = useStore((s) => s.asOf);

  // what is chosen (null: all time), and what zooming to it shows around it
  let selection: DaySpan | null = null;
  let context: DaySpan | null = null;
  if (dateMode === 'asof') {
    const day = asOf ?? whole.to;
    selection = { from: day, to: day };
    context = { from: day - AS_OF_CONTEXT, to: day + AS_OF_CONTEXT };
  } else if (from !== null || to !== null) {
    selection = context = { from: from ?? whole.from, to: to ?? whole.to };
  }
  const aroundSelection = context && viewAround(context, whole);

  const [view, setView] = useState(() => openingView(index, selection));
  // dates moved outside the view: show them (adjusted while rendering, as React advises, not in an effect)
  const key = selection ? `${selection.from}:${selection.to}` : '';
  const [seenKey, setSeenKey] = useState(key);
  if (key !== seenKey) {
    setSeenKey(key);
    if (selection && aroundSelection && !viewHolds(view, selection, whole)) setView(aroundSelection);
  }
  return { view, whole, busy, aroundSelection, setView };
}
