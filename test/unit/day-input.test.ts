import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, daysInMonth, formatDay } from '../../src/model/dates';
import { readDayInput, typedDay, type DayTakes } from '../../src/view/timeline/dayInput';

const TAKES: DayTakes[] = ['first', 'last', 'day'];
// years 1000-9999: the ones four digits write
const MIN = daysFromCivil(1000, 1, 1);
const MAX = daysFromCivil(9999, 12, 31);

function day(text: string, takes: DayTakes, emptyAllowed = false): number | null {
  const r = readDayInput(text, takes, emptyAllowed);
  if (!r.ok) throw new Error(r.message);
  return r.day;
}

function message(text: string, takes: DayTakes, emptyAllowed = false): string {
  const r = readDayInput(text, takes, emptyAllowed);
  if (r.ok) throw new Error(`"${text}" was read as ${r.day}`);
  return r.message;
}

describe('a date field’s text', () => {
  it('round-trips every day: formatDay, then read back by any field and as it is typed', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN, max: MAX }), fc.constantFrom(...TAKES), (d, takes) => {
        const text = formatDay(d);
        expect(day(text, takes)).toBe(d);
        expect(day(` ${text}\t`, takes)).toBe(d);
        expect(typedDay(text)).toBe(d);
      }),
    );
  });

  it('reads a month or a year as its first day at a start, its last at an end, and not at all for a day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const m = `${year}-${String(month).padStart(2, '0')}`;
        expect(day(m, 'first')).toBe(daysFromCivil(year, month, 1));
        expect(day(m, 'last')).toBe(daysFromCivil(year, month, daysInMonth(year, month)));
        expect(formatDay(day(m, 'first')!).startsWith(m)).toBe(true);
        expect(formatDay(day(m, 'last')!).startsWith(m)).toBe(true);
        expect(message(m, 'day')).toBe(`"${m}" is a month, not a day: expected a day, YYYY-MM-DD.`);
        expect(day(String(year), 'first')).toBe(daysFromCivil(year, 1, 1));
        expect(day(String(year), 'last')).toBe(daysFromCivil(year, 12, 31));
        expect(message(String(year), 'day')).toContain('is a year, not a day');
        // while typing, a month or a year applies nothing
        expect(typedDay(m)).toBeNull();
        expect(typedDay(String(year))).toBeNull();
      }),
    );
  });

  it('says what was wrong with a day, a month or a shape that does not exist', () => {
    expect(message('2024-13-01', 'first')).toBe('"2024-13-01": month 13 does not exist (01 to 12).');
    expect(message('2024-00', 'last')).toBe('"2024-00": month 00 does not exist (01 to 12).');
    expect(message('2023-02-29', 'day')).toBe('"2023-02-29": day 29 does not exist (2023-02 has 28 days).');
    expect(day('2024-02-29', 'day')).toBe(daysFromCivil(2024, 2, 29));
    expect(message('27/11/2024', 'first')).toBe('"27/11/2024" is not a date: expected YYYY-MM-DD, YYYY-MM or YYYY.');
    expect(message('Nov 2024', 'day')).toBe('"Nov 2024" is not a date: expected a day, YYYY-MM-DD.');
    expect(message('2024-1-5', 'day')).toContain('is not a date');
    expect(typedDay('2024-13-01')).toBeNull();
    expect(typedDay('2024-11-2')).toBeNull();
    expect(typedDay('2')).toBeNull();
  });

  it('takes an empty field as no day only where that means something', () => {
    expect(day('', 'day', true)).toBeNull();
    expect(day('  ', 'day', true)).toBeNull();
    expect(message('', 'first')).toBe('Empty: expected YYYY-MM-DD, YYYY-MM or YYYY.');
    expect(message('', 'day')).toBe('Empty: expected a day, YYYY-MM-DD.');
    expect(typedDay('')).toBeNull();
  });

  it('never throws, and whatever it reads is a day its own text gives back', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/)),
        fc.constantFrom(...TAKES),
        fc.boolean(),
        (text, takes, emptyAllowed) => {
          const r = readDayInput(text, takes, emptyAllowed);
          if (!r.ok) {
            expect(r.message.length).toBeGreaterThan(0);
            return;
          }
          if (r.day === null) {
            expect(emptyAllowed && text.trim() === '').toBe(true);
            return;
          }
          expect(day(formatDay(r.day), 'day')).toBe(r.day);
          // a whole day is the same typed or committed
          const typed = typedDay(text);
          if (typed !== null) expect(typed).toBe(r.day);
        },
      ),
    );
  });
});
