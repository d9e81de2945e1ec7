// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) and day numbers.
//
// A day number counts days since 1970-01-01 in the proleptic Gregorian calendar.
// Everything here is integer arithmetic: no Date objects, so no time zone or DST
// can move a day.

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly year: number;
  /** 1-12, absent at year precision */
  readonly month?: number;
  /** 1-31, absent at year and month precision */
  readonly day?: number;
  readonly precision: Precision;
}

export type DateParse = { ok: true; date: PartialDate } | { ok: false; message: string };

/** Day number standing for an open end ("ongoing"): +∞ that still fits an Int32Array. */
export const ONGOING = 2147483647;

/** The literal a relation's `end` takes for an open-ended state. */
export const ONGOING_LITERAL = 'ongoing';

const EXPECTED = 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD';
const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** Parses a partial ISO date; never throws. */
export function parsePartialDate(text: string): DateParse {
  if (text === '') return { ok: false, message: `empty date: ${EXPECTED}` };
  const m = SHAPE.exec(text);
  if (!m) {
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return { ok: false, message: `"${shown}" is not a date: ${EXPECTED}` };
  }
  const year = Number(m[1]);
  if (m[2] === undefined) return { ok: true, date: { year, precision: 'year' } };
  const month = Number(m[2]);
  if (month < 1 || month > 12) {
    return { ok: false, message: `"${text}": month ${m[2]} does not exist (01 to 12)` };
  }
  if (m[3] === undefined) return { ok: true, date: { year, month, precision: 'month' } };
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      message: `"${text}": day ${m[3]} does not exist (${m[1]}-${m[2]} has ${last} days)`,
    };
  }
  return { ok: true, date: { year, month, day, precision: 'day' } };
}

/** Day number of a civil date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number (Howard Hinnant's civil_from_days). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** First day of the period a partial date stands for. */
export function firstDay(date: PartialDate): number {
  return daysFromCivil(date.year, date.month ?? 1, date.day ?? 1);
}

/** Last day of the period a partial date stands for. */
export function lastDay(date: PartialDate): number {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a year has no month or day: the rest gives 12-31 too
  if (date.precision === 'year') return daysFromCivil(date.year, 12, 31);
  const month = date.month ?? 12;
  return daysFromCivil(date.year, month, date.day ?? daysInMonth(date.year, month));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** ISO text (YYYY-MM-DD) of a day number. */
export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A relation's time span in whole days, both ends included. */
export type Interval =
  { readonly undated: true } | { readonly undated: false; readonly start: number; readonly end: number };

export type IntervalParse = { ok: true; interval: Interval } | { ok: false; field: 'start' | 'end'; message: string };

/**
 * The interval of a relation from its `start` and `end` fields (DESIGN.md, "Time
 * semantics"): no start is undated; no end is an event over start's period;
 * "ongoing" runs to +∞.
 */
export function relationInterval(start?: string, end?: string): IntervalParse {
  if (start === undefined) {
    if (end === undefined) return { ok: true, interval: { undated: true } };
    return { ok: false, field: 'end', message: 'an end is given without a start' };
  }
  const s = parsePartialDate(start);
  if (!s.ok) return { ok: false, field: 'start', message: s.message };
  const from = firstDay(s.date);
  if (end === undefined) return { ok: true, interval: { undated: false, start: from, end: lastDay(s.date) } };
  if (end === ONGOING_LITERAL) return { ok: true, interval: { undated: false, start: from, end: ONGOING } };
  const e = parsePartialDate(end);
  if (!e.ok) return { ok: false, field: 'end', message: `${e.message}, or "ongoing"` };
  const to = lastDay(e.date);
  if (to < from) return { ok: false, field: 'end', message: `end ${end} falls before start ${start}` };
  return { ok: true, interval: { undated: false, start: from, end: to } };
}
