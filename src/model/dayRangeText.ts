// A period typed by the analyst, for comparing two views: a partial date stands
// for its whole period ("2016" is the year, "2024-12" the month), and two joined
// by "to" or ".." make a range from the first day of one to the last of the other.

import { firstDay, formatDay, lastDay, parsePartialDate } from './dates';

export interface DayRange {
  /** first and last day, both included */
  readonly from: number;
  readonly to: number;
}

export type DayRangeParse = { ok: true; range: DayRange } | { ok: false; message: string };

const SEPARATOR = /\s*(?:\.\.|\bto\b|–|—)\s*/;

export function parseDayRange(text: string): DayRangeParse {
  const parts = text.trim().split(SEPARATOR);
  if (parts.length > 2) return { ok: false, message: `"${text}": expected one date, or two joined by "to"` };
  const dates = [];
  for (const part of parts) {
    const p = parsePartialDate(part);
    if (!p.ok) return { ok: false, message: p.message };
    dates.push(p.date);
  }
  const from = firstDay(dates[0]);
  const to = lastDay(dates[dates.length - 1]);
  if (from > to) return { ok: false, message: `"${text}": the range ends before it starts` };
  return { ok: true, range: { from, to } };
}

/** Short text of a range: one day, or "first to last". */
export function formatDayRange(range: DayRange): string {
  return range.from === range.to ? formatDay(range.from) : `${formatDay(range.from)} to ${formatDay(range.to)}`;
}
