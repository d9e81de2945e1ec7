// What a typed date field means: ISO text, the same the axis's values, the
// links and the data use. A field takes a whole day (YYYY-MM-DD) or, where its
// meaning allows, a month or a year: a range's start takes the first day of
// it, its end the last. "As of" and "Reported by" take a day only: a month
// there could mean its first day or its last, and the two show different
// things, so the field asks instead of guessing.

import { firstDay, lastDay, parsePartialDate } from '../../model/dates';

/** How a field reads a month or a year: its first day, its last, or not at all. */
export type DayTakes = 'first' | 'last' | 'day';

export type DayInput = { ok: true; day: number | null } | { ok: false; message: string };

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** The format a field shows beside it, and what its description adds for a month or a year. */
export function dayHint(takes: DayTakes): { shown: string; more: string } {
  if (takes === 'first') return { shown: 'YYYY-MM-DD', more: '(or YYYY-MM or YYYY for its first day)' };
  if (takes === 'last') return { shown: 'YYYY-MM-DD', more: '(or YYYY-MM or YYYY for its last day)' };
  return { shown: 'YYYY-MM-DD', more: '' };
}

/**
 * The day a field's text stands for, on Enter or on leaving the field: a day,
 * or a month or a year as `takes` says; empty is `null` where `emptyAllowed`.
 * Otherwise a message saying what was expected. Spaces around are ignored.
 */
export function readDayInput(text: string, takes: DayTakes, emptyAllowed = false): DayInput {
  const t = text.trim();
  if (t === '') {
    return emptyAllowed ? { ok: true, day: null } : { ok: false, message: `Empty: expected ${expected(takes)}.` };
  }
  const r = parsePartialDate(t);
  if (!r.ok) {
    // "… is not a date: expected …" in this field's words; a month or a day that does not exist says which
    const reason = r.message.replace(/: expected a date as .*$/, '');
    return { ok: false, message: reason === r.message ? `${reason}.` : `${reason}: expected ${expected(takes)}.` };
  }
  const { date } = r;
  if (date.precision === 'day' || takes === 'first') return { ok: true, day: firstDay(date) };
  if (takes === 'last') return { ok: true, day: lastDay(date) };
  return { ok: false, message: `"${t}" is a ${date.precision}, not a day: expected a day, YYYY-MM-DD.` };
}

/** The day applied as the user types: only a whole, valid day (a month or a year waits for Enter). */
export function typedDay(text: string): number | null {
  const t = text.trim();
  if (!DAY_SHAPE.test(t)) return null;
  const r = readDayInput(t, 'day');
  return r.ok ? r.day : null;
}

function expected(takes: DayTakes): string {
  return takes === 'day' ? 'a day, YYYY-MM-DD' : 'YYYY-MM-DD, YYYY-MM or YYYY';
}
