import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  firstDay,
  formatDay,
  lastDay,
  ONGOING,
  parsePartialDate,
  relationInterval,
  type PartialDate,
} from '../../src/model/dates';

/** An independent oracle: the platform's UTC calendar. */
function utcDays(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / 86_400_000);
}

function parsed(text: string): PartialDate {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(r.message);
  return r.date;
}

describe('day numbers', () => {
  it('counts days since 1970-01-01', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
    expect(daysFromCivil(2024, 11, 27)).toBe(20054);
  });

  it('agrees with the UTC calendar and round-trips, across four centuries either side', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const { year, month, day } = civilFromDays(n);
        expect(daysFromCivil(year, month, day)).toBe(n);
        expect(utcDays(year, month, day)).toBe(n);
      }),
      { numRuns: 5000 },
    );
  });

  it('formats a day number as an ISO date', () => {
    expect(formatDay(0)).toBe('1970-01-01');
    expect(formatDay(20054)).toBe('2024-11-27');
    expect(formatDay(daysFromCivil(2024, 2, 29))).toBe('2024-02-29');
  });
});

describe('partial dates', () => {
  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(parsePartialDate('2024-02-29').ok).toBe(true);
    expect(parsePartialDate('2023-02-29').ok).toBe(false);
    expect(parsePartialDate('1900-02-29').ok).toBe(false);
    expect(parsePartialDate('2000-02-29').ok).toBe(true);
  });

  it('gives a partial date its whole period', () => {
    expect(formatDay(firstDay(parsed('2024')))).toBe('2024-01-01');
    expect(formatDay(lastDay(parsed('2024')))).toBe('2024-12-31');
    expect(lastDay(parsed('2024')) - firstDay(parsed('2024')) + 1).toBe(366);
    expect(lastDay(parsed('2023')) - firstDay(parsed('2023')) + 1).toBe(365);
    expect(formatDay(firstDay(parsed('2024-02')))).toBe('2024-02-01');
    expect(formatDay(lastDay(parsed('2024-02')))).toBe('2024-02-29');
    expect(formatDay(lastDay(parsed('2023-02')))).toBe('2023-02-28');
    expect(formatDay(lastDay(parsed('2024-12')))).toBe('2024-12-31');
    expect(firstDay(parsed('2024-11-30'))).toBe(lastDay(parsed('2024-11-30')));
  });

  it.each([
    ['2024-02-30', 'day 30 does not exist (2024-02 has 29 days)'],
    ['2023-02-29', 'day 29 does not exist (2023-02 has 28 days)'],
    ['2024-04-31', 'day 31 does not exist'],
    ['2024-13', 'month 13 does not exist'],
    ['2024-00', 'month 00 does not exist'],
    ['2024-01-00', 'day 00 does not exist'],
    ['Dec 2024', '"Dec 2024" is not a date'],
    ['', 'empty date'],
    ['2024-1', 'is not a date'],
    ['24', 'is not a date'],
    [' 2024', 'is not a date'],
    ['2024-12-01T00:00:00Z', 'is not a date'],
    ['2024/12/01', 'is not a date'],
    ['٢٠٢٤', 'is not a date'],
  ])('rejects %j with a message', (text, message) => {
    const r = parsePartialDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it('parses every well-formed date whose day exists, with its precision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom('year', 'month', 'day'),
        (year, month, day, precision) => {
          const y = String(year).padStart(4, '0');
          const m = String(month).padStart(2, '0');
          const d = String(day).padStart(2, '0');
          const text = precision === 'year' ? y : precision === 'month' ? `${y}-${m}` : `${y}-${m}-${d}`;
          const r = parsePartialDate(text);
          const exists = precision !== 'day' || day <= utcDaysInMonth(year, month);
          expect(r.ok).toBe(exists);
          if (r.ok) {
            expect(r.date.precision).toBe(precision);
            const from = firstDay(r.date);
            const to = lastDay(r.date);
            expect(formatDay(from).startsWith(text)).toBe(true);
            expect(formatDay(to).startsWith(text)).toBe(true);
            expect(formatDay(from - 1).startsWith(text)).toBe(false);
            expect(formatDay(to + 1).startsWith(text)).toBe(false);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const r = parsePartialDate(text);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 5000 },
    );
    const huge = '9'.repeat(5_000_000);
    const r = parsePartialDate(huge);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeLessThan(200);
  });
});

function utcDaysInMonth(year: number, month: number): number {
  return utcDays(year, month + 1, 1) - utcDays(year, month, 1);
}

describe('relation intervals', () => {
  const day = (t: string) => firstDay(parsed(t));

  it('leaves a relation without start undated', () => {
    expect(relationInterval(undefined, undefined)).toEqual({ ok: true, interval: { undated: true } });
  });

  it('makes a relation without end an event over its start period', () => {
    expect(relationInterval('2024-11-30')).toEqual({
      ok: true,
      interval: { undated: false, start: day('2024-11-30'), end: day('2024-11-30') },
    });
    expect(relationInterval('2015')).toEqual({
      ok: true,
      interval: { undated: false, start: day('2015-01-01'), end: day('2015-12-31') },
    });
  });

  it('runs an ongoing relation to +infinity', () => {
    expect(relationInterval('2015', 'ongoing')).toEqual({
      ok: true,
      interval: { undated: false, start: day('2015-01-01'), end: ONGOING },
    });
  });

  it('ends a period on the last day of its end', () => {
    expect(relationInterval('2012', '2016')).toEqual({
      ok: true,
      interval: { undated: false, start: day('2012-01-01'), end: day('2016-12-31') },
    });
    // a partial end that contains the start is fine
    expect(relationInterval('2024-12-15', '2024-12').ok).toBe(true);
  });

  it('rejects an end before the start and an end without a start', () => {
    expect(relationInterval('2025', '2024')).toEqual({
      ok: false,
      field: 'end',
      message: 'end 2024 falls before start 2025',
    });
    expect(relationInterval('2024-12-02', '2024-12-01').ok).toBe(false);
    expect(relationInterval(undefined, '2024')).toEqual({
      ok: false,
      field: 'end',
      message: 'an end is given without a start',
    });
    expect(relationInterval(undefined, 'ongoing').ok).toBe(false);
  });

  it('says which field holds a bad date', () => {
    expect(relationInterval('2024-02-30')).toMatchObject({ ok: false, field: 'start' });
    expect(relationInterval('2024', 'soon')).toMatchObject({ ok: false, field: 'end' });
  });
});

describe('date error messages', () => {
  const EXPECTED = 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD';

  it('quote a bad date whole up to 40 characters, and cut a longer one at 40 with an ellipsis', () => {
    const forty = 'x'.repeat(40);
    expect(parsePartialDate(forty)).toEqual({ ok: false, message: `"${forty}" is not a date: ${EXPECTED}` });
    expect(parsePartialDate(`${forty}yz`)).toEqual({ ok: false, message: `"${forty}…" is not a date: ${EXPECTED}` });
    expect(parsePartialDate('')).toEqual({ ok: false, message: `empty date: ${EXPECTED}` });
  });

  it('offer "ongoing" for a bad end', () => {
    expect(relationInterval('2024', 'soon')).toEqual({
      ok: false,
      field: 'end',
      message: `"soon" is not a date: ${EXPECTED}, or "ongoing"`,
    });
    expect(relationInterval('2024', '2024-13')).toEqual({
      ok: false,
      field: 'end',
      message: '"2024-13": month 13 does not exist (01 to 12), or "ongoing"',
    });
  });
});
