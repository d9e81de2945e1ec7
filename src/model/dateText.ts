// Dates as an analyst reads them, at the precision the dataset states them:
// "30 Nov 2024", "Dec 2024", "2015", "since 2015", "2012 – 2016", and a one-off
// event dated to a window, "once, 27 Nov 2024 – 2 Dec 2024".

import { civilFromDays, ONGOING_LITERAL, parsePartialDate } from './dates';

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day number as a reader says it: "1 Dec 2024". */
export function describeDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function describeDate(text: string): string {
  const r = parsePartialDate(text);
  if (!r.ok) return text;
  const { year, month, day } = r.date;
  if (month === undefined) return String(year);
  if (day === undefined) return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * A relation's dates: a state's period, or for a one-off event (`once`) the window
 * it happened in, said as such: "once, 27 Nov 2024 – 2 Dec 2024", "once in Nov 2024";
 * a one-off on a known day is just that day.
 */
export function describeWhen(start?: string, end?: string, once?: boolean): string {
  if (!once || start === undefined) return describePeriod(start, end);
  const single = end === undefined || end === start;
  const r = parsePartialDate(start);
  if (single && r.ok && r.date.day !== undefined) return describeDate(start);
  return single ? `once in ${describeDate(start)}` : `once, ${describePeriod(start, end)}`;
}

export function describePeriod(start?: string, end?: string): string {
  if (start === undefined) return 'undated';
  if (end === undefined || end === start) return describeDate(start);
  if (end === ONGOING_LITERAL) return `since ${describeDate(start)}`;
  return `${describeDate(start)} – ${describeDate(end)}`;
}
