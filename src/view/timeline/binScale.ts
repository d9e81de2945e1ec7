// Bins laid across a drawing 1000 units wide (the timeline's charts stretch it to
// their width): where a day falls, and which day is under the pointer.

import type { PointerEvent } from 'react';
import type { Bins } from '../../model/timeline';

export interface BinScale {
  /** first day drawn, and how many days the drawing spans (whole bins) */
  first: number;
  days: number;
  /** a day's x, clamped to the drawing */
  x(day: number): number;
  dayAt(e: PointerEvent<Element>): number;
}

export function binScale(bins: Bins): BinScale {
  const first = bins.starts[0];
  const days = bins.starts[bins.count] - first;
  return {
    first,
    days,
    x: (day) => (Math.max(0, Math.min(days, day - first)) / days) * 1000,
    dayAt: (e) => {
      const r = e.currentTarget.getBoundingClientRect();
      return first + Math.floor(((e.clientX - r.left) / r.width) * days);
    },
  };
}
